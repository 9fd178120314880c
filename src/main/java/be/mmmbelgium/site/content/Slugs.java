package be.mmmbelgium.site.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Slugs: the last part of an item's address, made from its title. Accents are dropped and
 * ligatures spelled out, so {@code Une mère presque parfaite} becomes
 * {@code une-mere-presque-parfaite}.
 */
public final class Slugs {

	/** Long enough to stay meaningful, short enough to share. */
	public static final int MAXIMUM_LENGTH = 80;

	private Slugs() {
	}

	public static String fromTitle(String title) {
		if (title == null) {
			return "";
		}
		String spelled = title.replace("œ", "oe").replace("Œ", "Oe").replace("æ", "ae").replace("Æ", "Ae")
			.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L");
		String plain = Normalizer.normalize(spelled, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
		String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (slug.length() <= MAXIMUM_LENGTH) {
			return slug;
		}
		String cut = slug.substring(0, MAXIMUM_LENGTH);
		int lastDash = cut.lastIndexOf('-');
		return (lastDash > MAXIMUM_LENGTH / 2 ? cut.substring(0, lastDash) : cut).replaceAll("-+$", "");
	}

	/**
	 * Whether an item's slug still follows its title: it is a draft, and its slug is the one
	 * made from its title (with the language a translation was first given), not one someone
	 * typed. Its form then shows the slug empty, so that it is made again from the title as
	 * saved: a translation, created with its source's title, takes the slug of its own title.
	 */
	public static boolean followsTitle(TranslatableContent item) {
		String made = fromTitle(item.getTitle());
		return item.getStatus() == Status.DRAFT && !made.isEmpty()
				&& item.getSlug().matches(Pattern.quote(made) + "(-(fr|nl|en)(-[0-9]+)?)?");
	}

	/** The slug someone typed, or else one made from the title, or else {@code fallback}. */
	public static String chosenOrFromTitle(String chosen, String title, String fallback) {
		String slug = chosen == null || chosen.isBlank() ? fromTitle(title == null ? "" : title) : chosen.strip();
		return slug.isEmpty() ? fallback : slug;
	}

}
