package be.mmmbelgium.site.web;

import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class PathLanguageResolverUnitTest {

	@Test
	void theLanguageIsTheFirstSegmentOfThePath() {
		assertThat(PathLanguageResolver.languageOf(new MockHttpServletRequest("GET", "/nl/nieuws")))
			.isEqualTo(Language.NL);
		assertThat(PathLanguageResolver.languageOf(new MockHttpServletRequest("GET", "/en/"))).isEqualTo(Language.EN);
	}

	@Test
	void anErrorPageSpeaksTheLanguageOfThePathThatFailed() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
		request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/en/unknown-page");

		assertThat(PathLanguageResolver.languageOf(request)).isEqualTo(Language.EN);
	}

	@Test
	void aPathWithoutLanguageFollowsTheBrowser() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/unknown");
		request.addHeader("Accept-Language", "nl-BE,nl;q=0.9,en;q=0.5");

		assertThat(PathLanguageResolver.languageOf(request)).isEqualTo(Language.NL);
	}

	@Test
	void theBrowsersPreferenceIsMatchedByWeight() {
		assertThat(PathLanguageResolver.preferred("de-DE,de;q=0.9,en;q=0.8,nl;q=0.7")).isEqualTo(Language.EN);
		assertThat(PathLanguageResolver.preferred("fr-BE")).isEqualTo(Language.FR);
	}

	@Test
	void frenchWhenNothingMatchesOrTheHeaderIsMissingOrMalformed() {
		assertThat(PathLanguageResolver.preferred("de, es;q=0.5")).isEqualTo(Language.FR);
		assertThat(PathLanguageResolver.preferred(null)).isEqualTo(Language.FR);
		assertThat(PathLanguageResolver.preferred(";;q=abc,")).isEqualTo(Language.FR);
	}

}
