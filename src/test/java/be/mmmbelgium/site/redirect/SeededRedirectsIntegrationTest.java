package be.mmmbelgium.site.redirect;

import java.net.URI;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import be.mmmbelgium.site.test.DemoSiteTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The known addresses of the old WordPress site, as the migration seeds them, lead to
 * their closest pages of the demo content, with or without their trailing slash.
 */
@DemoSiteTest
class SeededRedirectsIntegrationTest {

	static final Map<String, String> OLD_SITE = Map.of("/qui-sommes-nous/mission-vision", "/fr/mission-et-vision",
			"/nl/wie-zijn-wi/mission-vision", "/nl/missie-en-visie", "/conge-de-maternite", "/fr/meres-et-economie",
			"/lettre-ouverte-au-ministre-kris-peeters", "/fr/actualites", "/nomination-femmes-de-paix",
			"/fr/meres-pour-la-paix", "/mobilisations/meres-et-economie/pensions", "/fr/meres-et-economie",
			"/nl/mobilisaties/moeders-en-gezondheid", "/nl/moeders-en-gezondheid",
			"/nl/mobilisaties/moeders-voor-vrede", "/nl/moeders-voor-vrede", "/nl/als-de-wereld-verandert",
			"/nl/nieuws");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	RedirectRepository redirects;

	@Test
	void theTableHoldsTheKnownAddressesOfTheOldSite() {
		assertThat(
				this.redirects.findAll().stream().collect(Collectors.toMap(Redirect::getOldPath, Redirect::getTarget)))
			.isEqualTo(OLD_SITE);
	}

	@Test
	void eachOldAddressWithOrWithoutItsTrailingSlashMovesToAPageThatAnswers() {
		OLD_SITE.forEach((oldPath, target) -> {
			assertThat(this.mvc.get().uri(oldPath)).as(oldPath)
				.hasStatus(HttpStatus.MOVED_PERMANENTLY)
				.hasRedirectedUrl(target);
			assertThat(this.mvc.get().uri(oldPath + "/")).as(oldPath + "/")
				.hasStatus(HttpStatus.MOVED_PERMANENTLY)
				.hasRedirectedUrl(target);
			assertThat(this.mvc.get().uri(target)).as(target).hasStatusOk();
		});
	}

	@Test
	void aHeadRequestMovesAsAGetDoes() {
		assertThat(this.mvc.head().uri("/conge-de-maternite/")).hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.hasRedirectedUrl("/fr/meres-et-economie");
		assertThat(this.mvc.head().uri("/nl/als-de-wereld-verandert")).hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.hasRedirectedUrl("/nl/nieuws");
	}

	@Test
	void theQueryStringFollows() {
		assertThat(this.mvc.get().uri(URI.create("/conge-de-maternite/?utm_source=lettre&x=%C3%A9")))
			.hasRedirectedUrl("/fr/meres-et-economie?utm_source=lettre&x=%C3%A9");
		assertThat(this.mvc.get().uri("/nl/mobilisaties/moeders-voor-vrede/?page=2"))
			.hasRedirectedUrl("/nl/moeders-voor-vrede?page=2");
	}

	@Test
	void capitalsAndEscapedLettersFindTheSameAddress() {
		assertThat(this.mvc.get().uri("/Conge-De-Maternite")).hasRedirectedUrl("/fr/meres-et-economie");
		assertThat(this.mvc.get().uri("/NL/Mobilisaties/Moeders-en-Gezondheid/"))
			.hasRedirectedUrl("/nl/moeders-en-gezondheid");
		// An escaped letter is first written as the site writes it, then the old address
		// moves on.
		assertThat(this.mvc.get().uri(URI.create("/cong%65-de-maternite"))).hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.hasRedirectedUrl("/conge-de-maternite");
	}

	@Test
	void otherAddressesOfTheOldSiteAreStillNotFound() {
		assertThat(this.mvc.get().uri("/conge-de-paternite")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/nl/wie-zijn-wi/statuten")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/conge-de-maternite/pensions")).hasStatus(HttpStatus.NOT_FOUND);
	}

}
