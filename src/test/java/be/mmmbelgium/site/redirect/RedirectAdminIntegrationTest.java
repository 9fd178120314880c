package be.mmmbelgium.site.redirect;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import be.mmmbelgium.site.account.AccountPrincipal;
import be.mmmbelgium.site.account.AccountRepository;
import be.mmmbelgium.site.account.Role;
import be.mmmbelgium.site.account.TestAccounts;
import be.mmmbelgium.site.audit.AuditKind;
import be.mmmbelgium.site.audit.Audited;
import be.mmmbelgium.site.test.Html;
import be.mmmbelgium.site.test.SiteIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Admins keep the redirect table in the back-office: each change works at once, is
 * checked, and is in the audit log.
 */
@SiteIntegrationTest
@RecordApplicationEvents
class RedirectAdminIntegrationTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	RedirectRepository redirects;

	@Autowired
	EntityManager entityManager;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	ApplicationEvents events;

	AccountPrincipal admin;

	@BeforeEach
	void signInAnAdmin() {
		this.admin = person(Role.ADMIN);
	}

	@Test
	void theListShowsTheOldSiteAddressesAndFindsThemByEitherAddress() {
		Document all = page("/admin/redirects");
		Document dutch = page("/admin/redirects?q=NL/MOBILISATIES");
		Document byTarget = page("/admin/redirects?q=meres-et-economie");

		assertThat(all.select("tbody tr")).hasSize(9);
		assertThat(all.select("tbody tr td:eq(0)").eachText()).contains("/conge-de-maternite",
				"/nl/als-de-wereld-verandert");
		assertThat(dutch.select("tbody tr td:eq(0)").eachText())
			.containsExactly("/nl/mobilisaties/moeders-en-gezondheid", "/nl/mobilisaties/moeders-voor-vrede");
		assertThat(byTarget.select("tbody tr td:eq(0)").eachText()).containsExactly("/conge-de-maternite",
				"/mobilisations/meres-et-economie/pensions");
		assertThat(page("/admin/redirects?q=_").select("tbody tr")).as("an underscore taken literally").isEmpty();
	}

	@Test
	void aRedirectAddedInTheBackOfficeWorksAtOnce() {
		assertThat(this.mvc.get().uri("/ancienne-page")).hasStatus(HttpStatus.NOT_FOUND);

		assertThat(this.mvc.post()
			.uri("/admin/redirects/new")
			.param("oldPath", " /Ancienne-Page/ ")
			.param("target", "/fr/actualites")
			.with(user(this.admin))
			.with(csrf())).hasRedirectedUrl("/admin/redirects").flash().containsEntry("message", "redirect.created");

		Redirect added = this.redirects.findByOldPath("/ancienne-page").orElseThrow();
		assertThat(added.getTarget()).isEqualTo("/fr/actualites");
		assertThat(added.getCreatedAt()).isNotNull();
		assertThat(added.getUpdatedAt()).isNotNull();
		assertThat(this.mvc.get().uri("/ancienne-page/")).hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.hasRedirectedUrl("/fr/actualites");
		assertThat(recorded(AuditKind.REDIRECT_CREATED)).singleElement()
			.satisfies((event) -> assertThat(event.detail()).isEqualTo("/ancienne-page → /fr/actualites"));
	}

	@Test
	void aFormWithoutItsTokenIsRefused() {
		assertThat(this.mvc.post()
			.uri("/admin/redirects/new")
			.param("oldPath", "/ancienne-page")
			.param("target", "/fr/actualites")
			.with(user(this.admin))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.redirects.findByOldPath("/ancienne-page")).isEmpty();
	}

	@Test
	void whatCannotBeARedirectIsRefusedWithAReasonAndTheFormKept() {
		record Case(String oldPath, String target, String field, String message) {
		}
		List<Case> cases = List.of(new Case("", "/fr/actualites", "oldPath", "Ce champ est obligatoire."),
				new Case("ancienne-page", "/fr/actualites", "oldPath", "Donnez un chemin qui commence par /"),
				new Case("/ancienne page", "/fr/actualites", "oldPath", "Donnez un chemin qui commence par /"),
				new Case("/ancienne-page?id=3", "/fr/actualites", "oldPath", "Donnez un chemin qui commence par /"),
				new Case("/admin/comptes", "/fr/actualites", "oldPath", "back-office (/admin)"),
				new Case("/Admin", "/fr/actualites", "oldPath", "back-office (/admin)"),
				new Case("/fr/actualites/", "/fr/", "oldPath", "Le site répond déjà à cette adresse"),
				new Case("/nl", "/fr/", "oldPath", "Le site répond déjà à cette adresse"),
				new Case("/", "/fr/", "oldPath", "Le site répond déjà à cette adresse"),
				new Case("/robots.txt", "/fr/", "oldPath", "Le site répond déjà à cette adresse"),
				new Case("/css/site.css", "/fr/", "oldPath", "Le site répond déjà à cette adresse"),
				new Case("/Conge-de-maternite/", "/fr/", "oldPath", "Une redirection part déjà de cette adresse"),
				new Case("/ancienne-page", "fr/actualites", "target", "Donnez une adresse de ce site"),
				new Case("/ancienne-page", "//autre.example/page", "target", "Donnez une adresse de ce site"),
				new Case("/ancienne-page", "https://autre.example/", "target", "Donnez une adresse de ce site"),
				new Case("/ancienne-page", "/fr/une page", "target", "Donnez une adresse de ce site"),
				new Case("/ancienne-page", "/fr/actualites#haut", "target", "Donnez une adresse de ce site"),
				new Case("/ancienne-page", "/admin/redirects", "target", "ne peut pas mener au back-office"),
				new Case("/ancienne-page", "/Ancienne-Page/", "target", "tournerait en rond"),
				new Case("/ancienne-page", "/conge-de-maternite/", "target",
						"Cette adresse est elle-même redirigée, vers /fr/meres-et-economie"));
		long before = this.redirects.count();

		for (Case refused : cases) {
			MvcTestResult result = this.mvc.post()
				.uri("/admin/redirects/new")
				.param("oldPath", refused.oldPath())
				.param("target", refused.target())
				.with(user(this.admin))
				.with(csrf())
				.exchange();
			assertThat(result).as(refused.toString()).hasStatusOk().hasViewName("admin/redirects/form");
			Document form = Html.parse(result);
			assertThat(form.select("#" + refused.field() + "-error").text()).as(refused.toString())
				.contains(refused.message());
			assertThat(form.select("#" + refused.field()).attr("aria-invalid")).as(refused.toString())
				.isEqualTo("true");
			assertThat(form.select("#oldPath").val()).as("as typed").isEqualTo(refused.oldPath());
			assertThat(form.select("#target").val()).as("as typed").isEqualTo(refused.target());
		}
		assertThat(this.redirects.count()).isEqualTo(before);
		assertThat(recorded(AuditKind.REDIRECT_CREATED)).isEmpty();
	}

	@Test
	void eachMistakeOfAFormIsSaidAtOnce() {
		Document form = Html.parse(this.mvc.post()
			.uri("/admin/redirects/new")
			.param("oldPath", "/admin")
			.param("target", "//autre.example")
			.with(user(this.admin))
			.with(csrf())
			.exchange());

		assertThat(form.select("#oldPath-error").text()).contains("back-office (/admin)");
		assertThat(form.select("#target-error").text()).contains("Donnez une adresse de ce site");
	}

	@Test
	void anAdminChangesARedirectAndTheOldOneStopsAtOnce() {
		long id = TestRedirects.add(this.entityManager, "/ancienne-page", "/fr/actualites");
		Document form = page("/admin/redirects/" + id);
		assertThat(form.select("#oldPath").val()).isEqualTo("/ancienne-page");
		assertThat(form.select("#target").val()).isEqualTo("/fr/actualites");

		assertThat(this.mvc.post()
			.uri("/admin/redirects/" + id)
			.param("oldPath", "/autre-ancienne-page")
			.param("target", "/fr/contact")
			.param("version", form.select("input[name=version]").val())
			.with(user(this.admin))
			.with(csrf())).hasRedirectedUrl("/admin/redirects").flash().containsEntry("message", "redirect.saved");

		assertThat(this.mvc.get().uri("/ancienne-page")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/autre-ancienne-page")).hasRedirectedUrl("/fr/contact");
		assertThat(recorded(AuditKind.REDIRECT_CHANGED)).singleElement()
			.satisfies((event) -> assertThat(event.detail())
				.isEqualTo("/ancienne-page → /fr/actualites ⇒ /autre-ancienne-page → /fr/contact"));
	}

	@Test
	void aRedirectKeepsItsOwnAddressWhenOnlyItsTargetChanges() {
		long id = TestRedirects.add(this.entityManager, "/ancienne-page", "/fr/actualites");

		assertThat(this.mvc.post()
			.uri("/admin/redirects/" + id)
			.param("oldPath", "/ancienne-page/")
			.param("target", "/fr/contact")
			.param("version", "0")
			.with(user(this.admin))
			.with(csrf())).hasRedirectedUrl("/admin/redirects");

		assertThat(this.mvc.get().uri("/ancienne-page")).hasRedirectedUrl("/fr/contact");
	}

	@Test
	void aChangeOverSomeoneElsesIsRefusedThenKnowinglyMade() {
		long id = TestRedirects.add(this.entityManager, "/ancienne-page", "/fr/actualites");
		String openedAt = page("/admin/redirects/" + id).select("input[name=version]").val();
		this.mvc.post()
			.uri("/admin/redirects/" + id)
			.param("oldPath", "/ancienne-page")
			.param("target", "/fr/contact")
			.param("version", openedAt)
			.with(user(this.admin))
			.with(csrf())
			.exchange();

		MvcTestResult stale = this.mvc.post()
			.uri("/admin/redirects/" + id)
			.param("oldPath", "/ancienne-page")
			.param("target", "/nl/nieuws")
			.param("version", openedAt)
			.with(user(this.admin))
			.with(csrf())
			.exchange();

		assertThat(stale).hasStatusOk().hasViewName("admin/redirects/form");
		Document form = Html.parse(stale);
		assertThat(form.select("[role=alert]").text()).contains("Quelqu’un a modifié cette redirection",
				"de /ancienne-page à /fr/contact");
		assertThat(form.select("#target").val()).isEqualTo("/nl/nieuws");
		assertThat(this.mvc.get().uri("/ancienne-page")).hasRedirectedUrl("/fr/contact");

		assertThat(this.mvc.post()
			.uri("/admin/redirects/" + id)
			.param("oldPath", "/ancienne-page")
			.param("target", "/nl/nieuws")
			.param("version", form.select("input[name=version]").val())
			.with(user(this.admin))
			.with(csrf())).hasRedirectedUrl("/admin/redirects");
		assertThat(this.mvc.get().uri("/ancienne-page")).hasRedirectedUrl("/nl/nieuws");
	}

	@Test
	void aChangeThatWouldMakeALoopIsRefused() {
		long first = TestRedirects.add(this.entityManager, "/a", "/b");
		TestRedirects.add(this.entityManager, "/c", "/fr/actualites");

		MvcTestResult result = this.mvc.post()
			.uri("/admin/redirects/new")
			.param("oldPath", "/b")
			.param("target", "/a/")
			.with(user(this.admin))
			.with(csrf())
			.exchange();
		MvcTestResult edited = this.mvc.post()
			.uri("/admin/redirects/" + first)
			.param("oldPath", "/a")
			.param("target", "/c")
			.param("version", "0")
			.with(user(this.admin))
			.with(csrf())
			.exchange();

		assertThat(Html.parse(result).select("#target-error").text()).contains("redirigée, vers /b");
		assertThat(Html.parse(edited).select("#target-error").text()).contains("redirigée, vers /fr/actualites");
		assertThat(this.redirects.findByOldPath("/b")).isEmpty();
		assertThat(this.redirects.findByOldPath("/a").orElseThrow().getTarget()).isEqualTo("/b");
	}

	@Test
	void anAdminDeletesARedirectAndItsAddressIsNotFoundAgain() {
		long id = TestRedirects.add(this.entityManager, "/ancienne-page", "/fr/actualites");

		assertThat(this.mvc.post().uri("/admin/redirects/" + id + "/delete").with(user(this.admin)).with(csrf()))
			.hasRedirectedUrl("/admin/redirects")
			.flash()
			.containsEntry("message", "redirect.deleted");

		assertThat(this.redirects.findById(id)).isEmpty();
		assertThat(this.mvc.get().uri("/ancienne-page")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(recorded(AuditKind.REDIRECT_DELETED)).singleElement()
			.satisfies((event) -> assertThat(event.target()).isEqualTo("redirect " + id + " /ancienne-page"));
	}

	@Test
	void anUnknownRedirectIsNotFound() {
		assertThat(this.mvc.get().uri("/admin/redirects/999999").with(user(this.admin)))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void onlyAdminsSeeTheRedirects() {
		AccountPrincipal editor = person(Role.EDITOR);

		assertThat(page("/admin").select("nav a[href=\"/admin/redirects\"]")).hasSize(1);
		assertThat(this.mvc.get().uri("/admin/redirects").with(user(editor))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post()
			.uri("/admin/redirects/new")
			.param("oldPath", "/ancienne-page")
			.param("target", "/fr/actualites")
			.with(user(editor))
			.with(csrf())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(Html.parse(this.mvc.get().uri("/admin").with(user(editor)).exchange())
			.select("nav a[href=\"/admin/redirects\"]")).isEmpty();
		assertThat(this.redirects.findByOldPath("/ancienne-page")).isEmpty();
	}

	private Document page(String path) {
		MvcTestResult result = this.mvc.get().uri(path).with(user(this.admin)).exchange();
		assertThat(result).as(path).hasStatusOk();
		return Html.parse(result);
	}

	private AccountPrincipal person(Role role) {
		return TestAccounts.principal(this.accounts.saveAndFlush(TestAccounts.account(role, this.encoder)));
	}

	/** What the admin's requests told the audit log, which records it once committed. */
	private List<Audited> recorded(AuditKind kind) {
		return this.events.stream(Audited.class)
			.filter((event) -> event.auditKind() == kind && this.admin.email().equals(event.actor().email()))
			.toList();
	}

}
