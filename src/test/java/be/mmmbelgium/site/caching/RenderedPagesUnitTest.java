package be.mmmbelgium.site.caching;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kept answers: found under their address and version only, the least recently used given
 * up first within the memory allowed, none larger than a quarter of it.
 */
class RenderedPagesUnitTest {

	static RenderedPages.Rendered answer(int bytes) {
		return new RenderedPages.Rendered(new byte[bytes], "text/html;charset=UTF-8", "fr", Map.of());
	}

	@Test
	void anAnswerIsFoundUnderItsAddressAndVersionOnly() {
		RenderedPages pages = new RenderedPages(1000);
		pages.keep("/fr/", "v1", answer(10));
		assertThat(pages.find("/fr/", "v1")).isNotNull();
		assertThat(pages.find("/fr/", "v2")).isNull();
		assertThat(pages.find("/nl/", "v1")).isNull();
	}

	@Test
	void theLeastRecentlyUsedAnswersMakeRoom() {
		RenderedPages pages = new RenderedPages(1000);
		pages.keep("/a", "v", answer(240));
		pages.keep("/b", "v", answer(240));
		pages.keep("/c", "v", answer(240));
		pages.find("/a", "v");
		pages.keep("/d", "v", answer(240));
		pages.keep("/e", "v", answer(240));
		assertThat(pages.find("/b", "v")).as("least recently used").isNull();
		assertThat(pages.find("/a", "v")).isNotNull();
		assertThat(pages.find("/e", "v")).isNotNull();
	}

	@Test
	void noParameterValueCanPassForOtherParameters() {
		var plain = new MockHttpServletRequest("GET", "/fr/recherche");
		plain.addParameter("q", "a");
		plain.addParameter("page", "2");
		var forged = new MockHttpServletRequest("GET", "/fr/recherche");
		forged.addParameter("q", "a&page=2");
		assertThat(HttpCaching.address(plain, Set.of("q", "page"))).isEqualTo("http:/fr/recherche?page=2&q=a");
		assertThat(HttpCaching.address(forged, Set.of("q", "page")))
			.isNotEqualTo(HttpCaching.address(plain, Set.of("q", "page")));
		assertThat(HttpCaching.address(new MockHttpServletRequest("GET", "/fr/"), Set.of())).isEqualTo("http:/fr/");
		var secure = new MockHttpServletRequest("GET", "/fr/");
		secure.setScheme("https");
		assertThat(HttpCaching.address(secure, Set.of())).as("answers over HTTPS carry HSTS").isEqualTo("https:/fr/");
	}

	@Test
	void parametersNoPageReadsAreLeftOutOfTheKey() {
		var tracked = new MockHttpServletRequest("GET", "/fr/");
		tracked.addParameter("utm_source", "lettre");
		tracked.addParameter("x", String.valueOf(System.nanoTime()));

		assertThat(HttpCaching.address(tracked, Set.of("page"))).isEqualTo("http:/fr/");
		assertThat(HttpCaching.address(tracked, HttpCaching.ParameterReads.ALL))
			.startsWith("http:/fr/?utm_source=lettre&x=");
	}

	@Test
	void anAnswerOverAQuarterOfTheMemoryIsNotKept() {
		RenderedPages pages = new RenderedPages(1000);
		pages.keep("/sitemap-fr-1.xml", "v", answer(251));
		assertThat(pages.find("/sitemap-fr-1.xml", "v")).isNull();
		pages.keep("/sitemap-fr-1.xml", "v", answer(250));
		assertThat(pages.find("/sitemap-fr-1.xml", "v")).isNotNull();
		assertThat(new RenderedPages(0).find("/", "v")).isNull();
	}

}
