package be.mmmbelgium.site.redirect;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import be.mmmbelgium.site.account.AccountPrincipal;
import be.mmmbelgium.site.account.AccountRepository;
import be.mmmbelgium.site.account.Role;
import be.mmmbelgium.site.account.TestAccounts;
import be.mmmbelgium.site.page.PageBuilder;
import be.mmmbelgium.site.page.PageRepository;
import be.mmmbelgium.site.test.SiteIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * When the table sends a request on, and when it does not: only where the site would
 * answer 404 or 410, only for reading requests of the public site, never to the address
 * asked for.
 */
@SiteIntegrationTest
class RedirectsIntegrationTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	EntityManager entityManager;

	@Autowired
	RemovedPaths removedPaths;

	@Autowired
	PageRepository pages;

	@Test
	void anAddressNobodySentAnywhereIsStillNotFound() {
		assertThat(this.mvc.get().uri("/ceci-n-existe-pas")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/fr/ceci-n-existe-pas")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/fr/actualites/ceci-n-existe-pas")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void everyKindOfNotFoundIsSentOn() {
		TestRedirects.add(this.entityManager, "/ancienne-racine", "/fr/nouvelle");
		TestRedirects.add(this.entityManager, "/fr/ancienne-page", "/fr/nouvelle");
		TestRedirects.add(this.entityManager, "/fr/actualites/ancien-article", "/fr/nouvelle");
		TestRedirects.add(this.entityManager, "/fr/ancienne/rubrique", "/fr/nouvelle");

		for (String path : List.of("/ancienne-racine", "/fr/ancienne-page", "/fr/actualites/ancien-article",
				"/fr/ancienne/rubrique", "/fr/ancienne/rubrique/", "/fr/ancienne-page/")) {
			assertThat(this.mvc.get().uri(path)).as(path)
				.hasStatus(HttpStatus.MOVED_PERMANENTLY)
				.hasRedirectedUrl("/fr/nouvelle");
		}
	}

	@Test
	void theAddressOfRemovedContentIsGoneUntilARedirectSendsItOn() {
		this.removedPaths.remember(List.of("/fr/page-retiree"));
		assertThat(this.mvc.get().uri("/fr/page-retiree")).hasStatus(HttpStatus.GONE);

		TestRedirects.add(this.entityManager, "/fr/page-retiree", "/fr/page-qui-la-remplace");

		assertThat(this.mvc.get().uri("/fr/page-retiree")).hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.hasRedirectedUrl("/fr/page-qui-la-remplace");
	}

	@Test
	void aPageTheSiteAnswersWinsOverARedirectFromItsAddress() {
		this.pages.saveAndFlush(PageBuilder.page().slug("page-vivante").build());
		TestRedirects.add(this.entityManager, "/fr/page-vivante", "/fr/ailleurs");

		assertThat(this.mvc.get().uri("/fr/page-vivante")).hasStatusOk();
	}

	@Test
	void aHeadRequestIsSentOnAsAGetIs() {
		TestRedirects.add(this.entityManager, "/ancienne-page", "/fr/nouvelle");

		MvcTestResult head = this.mvc.head().uri("/ancienne-page/").exchange();

		assertThat(head).hasStatus(HttpStatus.MOVED_PERMANENTLY).hasRedirectedUrl("/fr/nouvelle");
		assertThat(head.getResponse().getContentLength()).isZero();
	}

	@Test
	void theQueryStringIsKept() {
		TestRedirects.add(this.entityManager, "/ancienne-page", "/fr/nouvelle");
		TestRedirects.add(this.entityManager, "/fr/ancienne-page", "/fr/nouvelle");

		assertThat(this.mvc.get().uri("/ancienne-page?utm_source=lettre&page=2"))
			.hasRedirectedUrl("/fr/nouvelle?utm_source=lettre&page=2");
		assertThat(this.mvc.get().uri("/fr/ancienne-page/?page=2")).hasRedirectedUrl("/fr/nouvelle?page=2");
	}

	@Test
	void aRedirectToItsOwnAddressIsNeverFollowed() {
		// What the back-office refuses, as a row written by hand could hold.
		TestRedirects.add(this.entityManager, "/en-boucle", "/En-Boucle/");
		TestRedirects.add(this.entityManager, "/fr/en-boucle", "/fr/en-boucle/");

		assertThat(this.mvc.get().uri("/en-boucle")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/en-boucle/")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/fr/en-boucle")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/fr/en-boucle/")).as("to the address without its slash, as before")
			.hasRedirectedUrl("/fr/en-boucle");
	}

	@Test
	void onlyReadingRequestsAreSentOn() {
		TestRedirects.add(this.entityManager, "/ancienne-page", "/fr/nouvelle");

		MvcTestResult post = this.mvc.post().uri("/ancienne-page").exchange();

		assertThat(post.getResponse().getStatus()).isNotEqualTo(301).isGreaterThanOrEqualTo(400);
		assertThat(post.getResponse().getHeader("Location")).isNull();
	}

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void theBackOfficeIsNeverSentOn() {
		// What the back-office refuses, as a row written by hand could hold.
		TestRedirects.add(this.entityManager, "/admin/ancien-ecran", "/fr/nouvelle");
		AccountPrincipal admin = TestAccounts
			.principal(this.accounts.saveAndFlush(TestAccounts.account(Role.ADMIN, this.encoder)));

		MvcTestResult result = this.mvc.get().uri("/admin/ancien-ecran").with(user(admin)).exchange();

		assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(result.getResponse().getHeader("Location")).isNull();
	}

}
