package be.mmmbelgium.site.search;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

import be.mmmbelgium.site.content.SearchText;

/**
 * What a visitor searched for, made safe to use: at most {@link #MAX_LENGTH} characters,
 * and the words in it folded as the stored text is (see {@link SearchText#fold(String)}).
 *
 * @param text the query as typed, shortened if it was too long
 * @param folded the shortened query, folded
 * @param terms the distinct words the folded query looks for, at most {@link #MAX_TERMS}:
 * not those it excludes ({@code -word}) nor the operator {@code or}
 * @param shortened whether the query was longer than the search reads
 */
public record SearchQuery(String text, String folded, List<String> terms, boolean shortened) {

	/** How much of a query is read; the rest is ignored (a query is a few words). */
	public static final int MAX_LENGTH = 200;

	public static final int MAX_TERMS = 20;

	public static SearchQuery of(@Nullable String typed) {
		String text = typed == null ? "" : typed.strip();
		boolean shortened = text.length() > MAX_LENGTH;
		if (shortened) {
			int end = Character.isLowSurrogate(text.charAt(MAX_LENGTH)) ? MAX_LENGTH - 1 : MAX_LENGTH;
			text = text.substring(0, end).strip();
		}
		String folded = SearchText.fold(text);
		List<String> terms = Arrays.stream(folded.split("\\s+"))
			.filter((word) -> !word.startsWith("-") && !word.equals("or"))
			.flatMap((word) -> Arrays.stream(word.split("[^\\p{L}\\p{N}]+")))
			.filter((term) -> !term.isEmpty())
			.distinct()
			.limit(MAX_TERMS)
			.toList();
		return new SearchQuery(text, folded, terms, shortened);
	}

	/** Whether there is nothing to search for: no letter or digit in the query. */
	public boolean isEmpty() {
		return this.terms.isEmpty();
	}

	/**
	 * The beginning every word that matches a term starts with: the term without a final
	 * "s", so that a plural finds the singular and the other way round ("mothers",
	 * "mother").
	 */
	static String stem(String term) {
		return term.length() > 3 && term.endsWith("s") ? term.substring(0, term.length() - 1) : term;
	}

}
