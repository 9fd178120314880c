package be.mmmbelgium.site.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import be.mmmbelgium.site.outage.DatabaseOutage;
import be.mmmbelgium.site.page.PublishedPages;
import be.mmmbelgium.site.system.SiteProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The root of the site sends each visitor to the home page in their language.
 */
@WebMvcTest(LanguageRedirectController.class)
@AutoConfigureMockMvc(addFilters = false)
@Import({ SitePaths.class, Formats.class })
@EnableConfigurationProperties(SiteProperties.class)
class LanguageRedirectControllerTest {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	PublishedPages pages;

	@MockitoBean
	DatabaseOutage outage;

	@Test
	void aDutchBrowserGoesToTheDutchHomePage() {
		assertThat(this.mvc.get().uri("/").header("Accept-Language", "nl-BE,nl;q=0.9,fr;q=0.8"))
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/nl/")
			.hasHeader("Vary", "Accept-Language");
	}

	@Test
	void anEnglishBrowserGoesToTheEnglishHomePage() {
		assertThat(this.mvc.get().uri("/").header("Accept-Language", "en-GB,en;q=0.9")).hasRedirectedUrl("/en/");
	}

	@Test
	void aBrowserWithoutAnyOfTheSiteLanguagesGoesToFrench() {
		assertThat(this.mvc.get().uri("/").header("Accept-Language", "de-DE,de;q=0.9")).hasRedirectedUrl("/fr/");
		assertThat(this.mvc.get().uri("/")).hasRedirectedUrl("/fr/");
	}

	@Test
	void aLanguageWithoutItsTrailingSlashMovesToItsHomePage() {
		assertThat(this.mvc.get().uri("/nl")).hasStatus(HttpStatus.MOVED_PERMANENTLY).hasRedirectedUrl("/nl/");
	}

	@Test
	void aPathWithATrailingSlashMovesToThePathWithoutIt() {
		assertThat(this.mvc.get().uri("/fr/qui-sommes-nous/mission-vision/?page=2"))
			.hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.hasRedirectedUrl("/fr/qui-sommes-nous/mission-vision?page=2");
	}

	@Test
	void aRedirectNeverLeavesTheSite() {
		var result = this.mvc.get().uri("/fr//evil.example/").exchange();

		assertThat(result.getResponse().getHeader("Location")).satisfiesAnyOf(
				(location) -> assertThat(location).isNull(),
				(location) -> assertThat(location).startsWith("/fr/").doesNotStartWith("//"));
		assertThat(this.mvc.get().uri("/fr/unknown")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/fr/a b/")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/fr/%C3%A9t%C3%A9/")).hasStatus(HttpStatus.NOT_FOUND);
	}

}
