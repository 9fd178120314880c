package be.mmmbelgium.site.search;

import java.util.Collections;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a query looks for: its words folded, without what it excludes, within its limits.
 */
class SearchQueryUnitTest {

	@Test
	void theWordsAreFoldedAndOperatorsAreNotLookedFor() {
		SearchQuery query = SearchQuery.of("  Congé -paternité OR \"Mères\" œuvre ");
		assertThat(query.text()).isEqualTo("Congé -paternité OR \"Mères\" œuvre");
		assertThat(query.folded()).isEqualTo("conge -paternite or \"meres\" oeuvre");
		assertThat(query.terms()).containsExactly("conge", "meres", "oeuvre");
	}

	@Test
	void aQueryWithoutLettersOrDigitsIsEmpty() {
		assertThat(SearchQuery.of(null).isEmpty()).isTrue();
		assertThat(SearchQuery.of("' \" % _ \\ <>").isEmpty()).isTrue();
		assertThat(SearchQuery.of("-exclu").isEmpty()).isTrue();
	}

	@Test
	void aLongQueryIsShortenedWithoutSplittingACharacter() {
		SearchQuery query = SearchQuery.of("a".repeat(SearchQuery.MAX_LENGTH - 1) + "😀" + "b".repeat(9_000));
		assertThat(query.shortened()).isTrue();
		assertThat(query.text()).hasSize(SearchQuery.MAX_LENGTH - 1).doesNotContain("\uD83D");
		assertThat(SearchQuery.of(String.join(" ", Collections.nCopies(50, "mot")) + " " + "x y z").terms())
			.hasSizeLessThanOrEqualTo(SearchQuery.MAX_TERMS);
	}

}
