package be.mmmbelgium.site.content;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import be.mmmbelgium.site.account.AccountPrincipal;
import be.mmmbelgium.site.account.AccountRepository;
import be.mmmbelgium.site.account.Role;
import be.mmmbelgium.site.account.TestAccounts;
import be.mmmbelgium.site.test.Html;
import be.mmmbelgium.site.test.SiteIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * What a content form sends while someone types is kept for them alone, offered back on
 * the form until they take it back, discard it or save the form, and never saved on their
 * behalf.
 */
@SiteIntegrationTest
class AutosaveIntegrationTest {

	static final String FOUND = "n’a pas été enregistré ; il a été gardé";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void textTypedAndNeverSavedIsOfferedBackThenForgottenOnceSaved() {
		AccountPrincipal volunteer = person(Role.CONTRIBUTOR);
		assertThat(keep(volunteer, "/admin/news/new", "Un titre tapé", "Un texte qu’un onglet fermé a failli perdre."))
			.isEqualTo(HttpStatus.NO_CONTENT.value());

		Document offered = form(volunteer, "/admin/news/new");
		assertThat(offered.select("main [role=status]").text()).contains(FOUND);
		assertThat(offered.select("form[data-editor]").attr("data-autosave"))
			.as("nothing typed now replaces the text kept until its person decides")
			.isEmpty();
		assertThat(offered.select("#title").val()).as("nothing put back unasked").isEmpty();

		Document restored = form(volunteer, "/admin/news/new?autosave=restore");
		assertThat(restored.select("#title").val()).isEqualTo("Un titre tapé");
		assertThat(restored.select("#body").text()).isEqualTo("Un texte qu’un onglet fermé a failli perdre.");
		assertThat(restored.select("main [role=status]").text()).contains("n’est pas encore enregistré");

		assertThat(this.mvc.post()
			.uri("/admin/news/new")
			.param("language", "FR")
			.param("title", "Un titre tapé")
			.param("body", "Un texte.")
			.with(user(volunteer))
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(form(volunteer, "/admin/news/new").select("main [role=status]").text()).doesNotContain(FOUND);
	}

	@Test
	void whatOnePersonTypesIsKeptForThemAlone() {
		AccountPrincipal volunteer = person(Role.CONTRIBUTOR);
		keep(volunteer, "/admin/news/new", "Le mien", "Mon texte");

		AccountPrincipal other = person(Role.EDITOR);
		Document theirs = form(other, "/admin/news/new?autosave=restore");
		assertThat(theirs.select("#title").val()).isEmpty();
		assertThat(theirs.text()).doesNotContain(FOUND);
	}

	@Test
	void textKeptCanBeDiscarded() {
		AccountPrincipal volunteer = person(Role.CONTRIBUTOR);
		keep(volunteer, "/admin/episodes/new", "Un épisode", "Des notes");

		assertThat(this.mvc.post()
			.uri("/admin/autosave/discard")
			.param("form", "/admin/episodes/new")
			.with(user(volunteer))
			.with(csrf())).hasRedirectedUrl("/admin/episodes/new");
		assertThat(form(volunteer, "/admin/episodes/new").text()).doesNotContain(FOUND);
	}

	@Test
	void onlyContentFormsAreKept() {
		AccountPrincipal admin = person(Role.ADMIN);

		assertThat(keep(admin, "/admin/accounts/new", "Quelqu’un", "")).isEqualTo(HttpStatus.BAD_REQUEST.value());
		assertThat(keep(admin, "https://elsewhere.example/admin/news/new", "Ailleurs", ""))
			.isEqualTo(HttpStatus.BAD_REQUEST.value());
	}

	@Test
	void textTypedOnAVersionSavedOverSinceIsForgotten() {
		AccountPrincipal editor = person(Role.EDITOR);
		String item = this.mvc.post()
			.uri("/admin/news/new")
			.param("language", "FR")
			.param("title", "Déjà là")
			.with(user(editor))
			.with(csrf())
			.exchange()
			.getResponse()
			.getRedirectedUrl();
		keepVersion(editor, item, "0");
		assertThat(form(editor, item).text()).contains(FOUND);

		assertThat(this.mvc.post()
			.uri(item)
			.param("language", "FR")
			.param("title", "Déjà là, corrigé")
			.param("version", "0")
			.with(user(editor))
			.with(csrf())).hasRedirectedUrl(item);

		assertThat(form(editor, item).text()).doesNotContain(FOUND);
	}

	private void keepVersion(AccountPrincipal who, String formPath, String version) {
		assertThat(this.mvc.post()
			.uri("/admin/autosave")
			.param("form", formPath)
			.param("language", "FR")
			.param("title", "Une ancienne frappe")
			.param("version", version)
			.with(user(who))
			.with(csrf())).hasStatus(HttpStatus.NO_CONTENT);
	}

	private int keep(AccountPrincipal who, String formPath, String title, String body) {
		return this.mvc.post()
			.uri("/admin/autosave")
			.param("form", formPath)
			.param("language", "FR")
			.param("title", title)
			.param("body", body)
			.param("showNotes", body)
			.param("number", "3")
			.with(user(who))
			.with(csrf())
			.exchange()
			.getResponse()
			.getStatus();
	}

	private Document form(AccountPrincipal who, String path) {
		return Html.parse(this.mvc.get().uri(path).with(user(who)).exchange());
	}

	private AccountPrincipal person(Role role) {
		return TestAccounts.principal(this.accounts.saveAndFlush(TestAccounts.account(role, this.encoder)));
	}

}
