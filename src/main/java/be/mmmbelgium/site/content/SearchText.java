package be.mmmbelgium.site.content;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;

/**
 * The text a site search looks through, and the folded form both the stored text and the
 * visitor's query are compared in: lower case, accents and ligatures undone, so that
 * "meres" finds "mères" and "OEUVRE" finds "œuvre", on any database.
 */
public final class SearchText {

	private SearchText() {
	}

	/** The visible text of an HTML fragment, as one line of words. */
	public static String plain(String html) {
		return html == null || html.isBlank() ? "" : Jsoup.parseBodyFragment(html).text();
	}

	/** Parts of an item's text, the empty ones left out, one per line. */
	public static String join(String... parts) {
		return Arrays.stream(parts)
			.filter(Objects::nonNull)
			.map(String::strip)
			.filter((part) -> !part.isEmpty())
			.collect(Collectors.joining("\n"));
	}

	/**
	 * The folded form of a text: {@link #fold(char)} applied to each of its characters.
	 */
	public static String fold(String text) {
		StringBuilder folded = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			folded.append(fold(text.charAt(i)));
		}
		return folded.toString();
	}

	/**
	 * The folded form of one character: lower case without its accent ("É" gives "e"), a
	 * ligature written out ("œ" gives "oe"), a combining accent alone gives nothing.
	 */
	public static String fold(char c) {
		if (c < 0x80) {
			return String.valueOf(Character.toLowerCase(c));
		}
		return switch (Character.toLowerCase(c)) {
			case 'œ' -> "oe";
			case 'æ' -> "ae";
			case 'ß' -> "ss";
			case 'ø' -> "o";
			case 'ł' -> "l";
			default -> Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD)
				.replaceAll("\\p{M}", "")
				.toLowerCase(Locale.ROOT);
		};
	}

}
