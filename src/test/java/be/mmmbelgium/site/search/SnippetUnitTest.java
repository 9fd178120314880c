package be.mmmbelgium.site.search;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Snippets: the passage around the first word found, the words marked, the rest escaped.
 */
class SnippetUnitTest {

	@Test
	void theWordsFoundAreMarkedWhateverTheirAccentsAndTheRestIsEscaped() {
		assertThat(Snippet.of("Les mères & <b>les pères</b>.", List.of("meres", "peres")))
			.isEqualTo("Les <mark>mères</mark> &amp; &lt;b&gt;les <mark>pères</mark>&lt;/b&gt;.");
	}

	@Test
	void aLongTextIsShownAroundItsFirstMatch() {
		String text = "Début. " + "Un long passage sans rapport. ".repeat(40) + "Enfin les moeders arrivent. "
				+ "Et la suite du texte. ".repeat(40);
		String snippet = Snippet.of(text, List.of("moeder"));
		assertThat(snippet).startsWith("… ").endsWith(" …").contains("<mark>moeders</mark>");
		assertThat(snippet.length()).isLessThan(Snippet.LENGTH + 40);
	}

	@Test
	void aMatchAfterAWordWithoutSpacesIsStillShown() {
		String text = "x".repeat(300) + "https://exemple.org/une-tres-longue-adresse-sans-espace/"
				+ "meres et la suite";
		assertThat(Snippet.of(text, List.of("meres"))).contains("<mark>meres</mark>");
	}

	@Test
	void aSnippetNeverEndsInsideACharacter() {
		String text = "a".repeat(Snippet.LENGTH - 1) + "😀" + "b".repeat(50);
		String snippet = Snippet.of(text, List.of("zzz"));
		assertThat(snippet.replace(" …", "")).doesNotEndWith("\uD83D");
	}

}
