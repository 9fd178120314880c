package be.mmmbelgium.site.search;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

import be.mmmbelgium.site.content.SearchText;

/**
 * A short passage of a found item's text around the first word that matches the query, as
 * HTML with the matching words in {@code <mark>} and everything else escaped.
 */
final class Snippet {

	/** About how many characters a snippet shows. */
	static final int LENGTH = 240;

	/** How much of the text before the first match a snippet shows. */
	static final int LEAD = 60;

	private Snippet() {
	}

	static String of(String text, List<String> terms) {
		List<String> stems = terms.stream().map(SearchQuery::stem).toList();
		int[] first = nextMatch(text, 0, stems);
		int start = first == null ? 0 : Math.min(first[0], wordStart(text, Math.max(0, first[0] - LEAD)));
		int end = cut(text, start + LENGTH);
		StringBuilder html = new StringBuilder(start > 0 ? "… " : "");
		int at = start;
		for (int[] word = first; word != null && word[0] < end; word = nextMatch(text, word[1], stems)) {
			html.append(escape(text.substring(at, word[0])))
				.append("<mark>")
				.append(escape(text.substring(word[0], Math.min(word[1], end))))
				.append("</mark>");
			at = Math.min(word[1], end);
		}
		html.append(escape(text.substring(at, end)));
		return html.append(end < text.length() ? " …" : "").toString();
	}

	/** Where a snippet ends: at a space before the limit, never inside a character. */
	private static int cut(String text, int limit) {
		if (limit >= text.length()) {
			return text.length();
		}
		int space = text.lastIndexOf(' ', limit);
		int end = space > limit - LENGTH / 2 ? space : limit;
		return Character.isLowSurrogate(text.charAt(end)) ? end - 1 : end;
	}

	/** Text escaped for HTML, accented letters left as they are. */
	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
	}

	/**
	 * The start and end of the first word at or after a position whose folded form begins
	 * with one of the stems; null when there is none.
	 */
	private static int @Nullable [] nextMatch(String text, int from, List<String> stems) {
		int i = from;
		while (i < text.length()) {
			if (!Character.isLetterOrDigit(text.charAt(i))) {
				i++;
				continue;
			}
			int start = i;
			while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i))
					|| Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK)) {
				i++;
			}
			String folded = SearchText.fold(text.substring(start, i));
			if (stems.stream().anyMatch(folded::startsWith)) {
				return new int[] { start, i };
			}
		}
		return null;
	}

	/**
	 * The start of the word at or after a position, so that a snippet never begins
	 * mid-word.
	 */
	private static int wordStart(String text, int from) {
		if (from == 0) {
			return 0;
		}
		int space = text.indexOf(' ', from);
		return space < 0 ? from : space + 1;
	}

}
