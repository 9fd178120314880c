package be.mmmbelgium.site.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsUnitTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "une-mère|une-mere", "Une mère presque parfaite|une-mere-presque-parfaite",
					"Congé spécial en raison de la pandémie|conge-special-en-raison-de-la-pandemie",
					"Ambassadeurs de l’espoir – histoires de courage|ambassadeurs-de-l-espoir-histoires-de-courage",
					"Cœur et sœurs|coeur-et-soeurs", "  --Résolution 1325 !--  |resolution-1325",
					"Moeders & gezondheid|moeders-gezondheid", "Straße|strasse" })
	void titlesBecomeReadableSlugs(String title, String slug) {
		assertThat(Slugs.fromTitle(title)).isEqualTo(slug);
		assertThat(SitePaths.isSlug(slug)).isTrue();
	}

	@Test
	void aLongTitleIsCutAtAWordBoundary() {
		String slug = Slugs.fromTitle("Esperas commémore les vingt ans de la résolution 1325 du Conseil de sécurité "
				+ "des Nations unies sur les femmes, la paix et la sécurité");

		assertThat(slug).hasSizeLessThanOrEqualTo(Slugs.MAXIMUM_LENGTH).doesNotEndWith("-");
		assertThat(SitePaths.isSlug(slug)).isTrue();
	}

	@Test
	void aTitleWithoutLettersOrDigitsGivesNothing() {
		assertThat(Slugs.fromTitle("!!! ??? ---")).isEmpty();
		assertThat(Slugs.fromTitle(null)).isEmpty();
	}

}
