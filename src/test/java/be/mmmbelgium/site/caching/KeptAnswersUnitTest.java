package be.mmmbelgium.site.caching;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The key an answer is kept under: its address and the parameters its page reads, written
 * so that no value can pass for other parameters.
 */
class KeptAnswersUnitTest {

	@Test
	void noParameterValueCanPassForOtherParameters() {
		var plain = new MockHttpServletRequest("GET", "/fr/recherche");
		plain.addParameter("q", "a");
		plain.addParameter("page", "2");
		var forged = new MockHttpServletRequest("GET", "/fr/recherche");
		forged.addParameter("q", "a&page=2");
		assertThat(KeptAnswers.address(plain, Set.of("q", "page"))).isEqualTo("http:/fr/recherche?page=2&q=a");
		assertThat(KeptAnswers.address(forged, Set.of("q", "page")))
			.isNotEqualTo(KeptAnswers.address(plain, Set.of("q", "page")));
		assertThat(KeptAnswers.address(new MockHttpServletRequest("GET", "/fr/"), Set.of())).isEqualTo("http:/fr/");
		var secure = new MockHttpServletRequest("GET", "/fr/");
		secure.setScheme("https");
		assertThat(KeptAnswers.address(secure, Set.of())).as("answers over HTTPS carry HSTS").isEqualTo("https:/fr/");
	}

	@Test
	void parametersNoPageReadsAreLeftOutOfTheKey() {
		var tracked = new MockHttpServletRequest("GET", "/fr/");
		tracked.addParameter("utm_source", "lettre");
		tracked.addParameter("x", String.valueOf(System.nanoTime()));

		assertThat(KeptAnswers.address(tracked, Set.of("page"))).isEqualTo("http:/fr/");
		assertThat(KeptAnswers.address(tracked, KeptAnswers.ParameterReads.ALL))
			.startsWith("http:/fr/?utm_source=lettre&x=");
	}

}
