package be.mmmbelgium.site.seo;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import be.mmmbelgium.site.system.SiteProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * robots.txt opens the public site and closes the back-office; a staging copy closes
 * everything and says noindex on every answer.
 */
class RobotsTest {

	final SiteProperties site = new SiteProperties(URI.create("https://www.example.test"),
			new SiteProperties.Contact("MMM", "Bruxelles", "contact@example.test"));

	@Test
	void theProductionSiteIsOpenToRobotsButTheBackOfficeAndNamesItsSitemap() {
		var answer = new RobotsController(new IndexingProperties(true), this.site).robots();

		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(answer.getHeaders().getContentType().toString()).isEqualTo("text/plain;charset=UTF-8");
		assertThat(answer.getBody()).contains("User-agent: *\nAllow: /\nDisallow: /admin\n")
			.contains("Sitemap: https://www.example.test/sitemap.xml")
			.doesNotContain("Disallow: /\n");
	}

	@Test
	void aStagingCopyClosesEverything() throws Exception {
		var answer = new RobotsController(new IndexingProperties(false), this.site).robots();
		assertThat(answer.getBody()).contains("User-agent: *\nDisallow: /\n").doesNotContain("Allow:");

		MockHttpServletResponse response = new MockHttpServletResponse();
		new NoIndexFilter().doFilter(new MockHttpServletRequest("GET", "/fr/"), response, new MockFilterChain());
		assertThat(response.getHeader("X-Robots-Tag")).isEqualTo("noindex, nofollow");
	}

}
