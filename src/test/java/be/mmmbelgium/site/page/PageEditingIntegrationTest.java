package be.mmmbelgium.site.page;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import be.mmmbelgium.site.account.AccountPrincipal;
import be.mmmbelgium.site.account.AccountRepository;
import be.mmmbelgium.site.account.Role;
import be.mmmbelgium.site.account.TestAccounts;
import be.mmmbelgium.site.test.SiteIntegrationTest;
import be.mmmbelgium.site.test.TestMedia;
import be.mmmbelgium.site.web.Language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The institutional pages, which admins write, translate and publish.
 */
@SiteIntegrationTest
class PageEditingIntegrationTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	PageRepository pages;

	@Autowired
	EntityManager entities;

	AccountPrincipal person(Role role) {
		return TestAccounts.principal(this.accounts.saveAndFlush(TestAccounts.account(role, this.encoder)));
	}

	@Test
	void anAdminWritesPreviewsAndPublishesAPageThatEditorsCannotTouch() {
		AccountPrincipal admin = person(Role.ADMIN);
		Page parent = this.pages
			.saveAndFlush(PageBuilder.page().slug("qui-sommes-nous").title("Qui sommes-nous").build());

		assertThat(this.mvc.post()
			.uri("/admin/pages/new")
			.param("language", "FR")
			.param("title", "Notre équipe")
			.param("body", "Des **bénévoles**.")
			.param("parentId", String.valueOf(parent.getId()))
			.param("inMenu", "true")
			.with(user(admin))
			.with(csrf())).hasStatus3xxRedirection();
		Page page = this.pages.findAll()
			.stream()
			.filter((found) -> found.getSlug().equals("notre-equipe"))
			.findFirst()
			.orElseThrow();
		assertThat(page.getParent().getId()).isEqualTo(parent.getId());
		assertThat(this.mvc.get().uri("/fr/notre-equipe")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/admin/pages/" + page.getId() + "/preview").with(user(admin))).hasStatusOk()
			.bodyText()
			.contains("<strong>bénévoles</strong>", "Qui sommes-nous");

		this.mvc.post().uri("/admin/pages/" + page.getId() + "/publish").with(user(admin)).with(csrf()).exchange();
		assertThat(this.mvc.get().uri("/fr/notre-equipe")).hasStatusOk();

		AccountPrincipal editor = person(Role.EDITOR);
		assertThat(this.mvc.get().uri("/admin/pages/" + page.getId()).with(user(editor)))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri("/admin/pages/" + page.getId() + "/trash").with(user(editor)).with(csrf()))
			.hasStatus(HttpStatus.FORBIDDEN);

		this.mvc.post().uri("/admin/pages/" + page.getId() + "/trash").with(user(admin)).with(csrf()).exchange();
		assertThat(this.mvc.get().uri("/fr/notre-equipe")).hasStatus(HttpStatus.GONE);
	}

	@Test
	void aPageCannotSitUnderItselfAndItsTranslationSitsUnderTheTranslatedParent() {
		AccountPrincipal admin = person(Role.ADMIN);
		Page parent = this.pages.saveAndFlush(PageBuilder.page().slug("mobilisations").key(PageKey.THEMES).build());
		Page child = this.pages.saveAndFlush(PageBuilder.page().slug("paix").under(parent).build());
		Page dutchParent = this.pages
			.saveAndFlush(PageBuilder.page().in(Language.NL).translating(parent).slug("mobilisaties").build());

		assertThat(this.mvc.post()
			.uri("/admin/pages/" + parent.getId())
			.param("language", "FR")
			.param("title", "Mobilisations")
			.param("parentId", String.valueOf(child.getId()))
			.param("version", String.valueOf(parent.getVersion()))
			.with(user(admin))
			.with(csrf())).hasStatusOk().bodyText().contains("ne peut pas se trouver sous elle-même");

		this.mvc.post()
			.uri("/admin/pages/" + child.getId() + "/translate")
			.param("language", "NL")
			.with(user(admin))
			.with(csrf())
			.exchange();
		Page translation = this.pages.findByTranslationGroup(child.getTranslationGroup())
			.stream()
			.filter((found) -> found.getLanguage() == Language.NL)
			.findFirst()
			.orElseThrow();
		assertThat(translation.getParent().getId()).isEqualTo(dutchParent.getId());

		this.mvc.post()
			.uri("/admin/pages/" + parent.getId() + "/translate")
			.param("language", "EN")
			.with(user(admin))
			.with(csrf())
			.exchange();
		assertThat(this.pages.findByLanguageAndPageKey(Language.EN, PageKey.THEMES.id())).isPresent();
	}

	@Test
	void anAdminMovesPagesUpAndDownInTheMenuAndTheSiteFollows() throws Exception {
		AccountPrincipal admin = person(Role.ADMIN);
		Page first = this.pages
			.saveAndFlush(PageBuilder.page().slug("premiere").title("Première").menu(true, 10).build());
		this.pages.saveAndFlush(PageBuilder.page().slug("deuxieme").title("Deuxième").menu(true, 20).build());
		Page third = this.pages
			.saveAndFlush(PageBuilder.page().slug("troisieme").title("Troisième").menu(true, 30).build());

		Document list = list(admin, "");
		assertThat(list.select("#item-" + first.getId() + " button").eachText()).as("the first goes down only")
			.containsExactly("Descendre");
		assertThat(list.select("#item-" + third.getId() + " button").eachText()).as("the last goes up only")
			.containsExactly("Monter");

		assertThat(this.mvc.post()
			.uri("/admin/pages/" + third.getId() + "/move")
			.param("up", "true")
			.with(user(admin))
			.with(csrf())).hasRedirectedUrl("/admin/pages#item-" + third.getId())
			.flash()
			.containsEntry("message", "page.admin.movedUp");

		assertThat(titles(list(admin, "?language=FR"))).containsSubsequence("Première", "Troisième", "Deuxième");
		String menu = Jsoup.parse(
				this.mvc.get().uri("/fr/premiere").exchange().getResponse().getContentAsString(StandardCharsets.UTF_8))
			.select("header nav")
			.text();
		assertThat(menu.indexOf("Troisième")).as("the site's menu follows").isLessThan(menu.indexOf("Deuxième"));
		assertThat(this.mvc.post()
			.uri("/admin/pages/" + third.getId() + "/move")
			.param("up", "false")
			.param("language", "FR")
			.with(user(admin))
			.with(csrf())).as("the list comes back as it was filtered, at the page moved")
			.hasRedirectedUrl("/admin/pages?language=FR#item-" + third.getId());
		assertThat(this.mvc.post()
			.uri("/admin/pages/" + third.getId() + "/move")
			.param("up", "true")
			.with(user(person(Role.EDITOR)))
			.with(csrf())).as("admins only").hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void thePagesListShowsTheTrashWhenAskedAndFindsPagesByTitle() throws Exception {
		AccountPrincipal admin = person(Role.ADMIN);
		this.pages.saveAndFlush(PageBuilder.page().slug("en-ligne").title("En ligne").build());
		Page gone = PageBuilder.page().slug("jetee").title("Jetée").build();
		gone.trash();
		this.pages.saveAndFlush(gone);

		assertThat(titles(list(admin, ""))).contains("En ligne").doesNotContain("Jetée");
		assertThat(titles(list(admin, "?stage=TRASHED"))).containsExactly("Jetée");
		assertThat(titles(list(admin, "?q=ligne"))).containsExactly("En ligne");
	}

	@Test
	void theStatutesAreAttachedToAPageAndOfferedOnItAndTheLibraryKnowsTheyAreUsed() throws Exception {
		AccountPrincipal admin = person(Role.ADMIN);

		var created = this.mvc.perform(MockMvcRequestBuilders.multipart("/admin/pages/new")
			.file(new MockMultipartFile("attachmentUpload", "statuts-2015.pdf", "application/pdf", TestMedia.pdf()))
			.param("language", "FR")
			.param("title", "Nos statuts")
			.param("body", "Les statuts de l’ASBL.")
			.param("newAttachmentTitle", "Statuts coordonnés")
			.param("intent", "PUBLISH")
			.with(user(admin))
			.with(csrf()));
		assertThat(created).hasStatus3xxRedirection();
		String form = created.getResponse().getRedirectedUrl();

		Document page = Jsoup.parse(this.mvc.get()
			.uri("/fr/nos-statuts")
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		Element link = page.selectFirst("section.attachments a");
		assertThat(link).isNotNull();
		assertThat(link.text()).isEqualTo("Statuts coordonnés");
		assertThat(link.attr("type")).isEqualTo("application/pdf");
		assertThat(this.mvc.get().uri(link.attr("href"))).hasStatusOk();

		Document edit = Jsoup.parse(this.mvc.get()
			.uri(form)
			.with(user(admin))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(edit.select("#attachments0\\.title").val()).isEqualTo("Statuts coordonnés");
		Page saved = this.pages.findAll()
			.stream()
			.filter((found) -> found.getSlug().equals("nos-statuts"))
			.findFirst()
			.orElseThrow();
		long file = this.entities
			.createQuery("select a.file.id from Page p join p.attachments a where p.id = :id", Long.class)
			.setParameter("id", saved.getId())
			.getSingleResult();
		assertThat(this.mvc.get().uri("/admin/media/" + file).with(user(admin))).bodyText().contains("Nos statuts");
	}

	private Document list(AccountPrincipal admin, String query) throws Exception {
		return Jsoup.parse(this.mvc.get()
			.uri("/admin/pages" + query)
			.with(user(admin))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	private static List<String> titles(Document list) {
		return list.select("main tbody tr td:first-child a").eachText();
	}

}
