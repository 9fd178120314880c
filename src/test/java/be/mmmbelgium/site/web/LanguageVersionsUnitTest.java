package be.mmmbelgium.site.web;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageVersionsUnitTest {

	final SitePaths paths = new SitePaths();

	@Test
	void theSwitcherLeadsToTheTranslationOrElseToTheSection() {
		LanguageVersions versions = LanguageVersions.of(Language.FR,
				Map.of(Language.FR, "/fr/actualites/lancement", Language.NL, "/nl/nieuws/lancering"), this.paths::news);

		assertThat(versions.switcher()).containsExactly(
				new LanguageVersions.Link(Language.NL, "/nl/nieuws/lancering", true),
				new LanguageVersions.Link(Language.EN, "/en/news", false));
	}

	@Test
	void onlyRealTranslationsAreAlternatesAndFrenchIsTheDefault() {
		LanguageVersions versions = LanguageVersions.of(Language.NL,
				Map.of(Language.FR, "/fr/statuts", Language.NL, "/nl/statuten"), this.paths::home);

		assertThat(versions.alternates()).extracting(LanguageVersions.Link::code).containsExactly("fr", "nl");
		assertThat(versions.canonicalPath()).isEqualTo("/nl/statuten");
		assertThat(versions.defaultPath()).isEqualTo("/fr/statuts");
	}

	@Test
	void withoutAFrenchVersionTheDefaultIsThePageItself() {
		LanguageVersions versions = LanguageVersions.of(Language.EN, Map.of(Language.EN, "/en/only"), this.paths::home);

		assertThat(versions.defaultPath()).isEqualTo("/en/only");
	}

}
