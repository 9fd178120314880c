package be.mmmbelgium.site.page;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import be.mmmbelgium.site.test.Html;
import be.mmmbelgium.site.test.SiteIntegrationTest;
import be.mmmbelgium.site.web.Language;

import static be.mmmbelgium.site.page.PageBuilder.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * Institutional pages, their menus and their translations.
 */
@SiteIntegrationTest
class PageControllerIntegrationTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PageRepository pages;

	@Test
	void aPageShowsItsTitleSummaryAndSanitisedBody() {
		this.pages.save(page().slug("mission-et-vision")
			.title("Mission et vision")
			.summary("Ce qui nous guide.")
			.body("## Nos buts\n\n- soutenir\n- agir\n\n<script>alert(1)</script>")
			.build());

		Document html = Html.get(this.mvc, "/fr/mission-et-vision");

		assertThat(html.select("h1").text()).isEqualTo("Mission et vision");
		assertThat(html.select("main .lead").text()).isEqualTo("Ce qui nous guide.");
		assertThat(html.select("main article li")).hasSize(2);
		assertThat(html.select("script:not([type=application/ld+json])")).isEmpty();
		assertThat(html.select("meta[name=description]").attr("content")).isEqualTo("Ce qui nous guide.");
	}

	@Test
	void theMenuComesFromThePageTreeWithTheSectionsInPlace() {
		Page about = this.pages.save(page().slug("qui-sommes-nous").title("Qui sommes-nous").menu(true, 1).build());
		this.pages.save(page().slug("charte").title("La Charte").under(about).menu(true, 2).build());
		this.pages.save(page().slug("contact").title("Contact").menu(true, 30).build());
		this.pages.save(page().slug("vie-privee").title("Vie privée").menu(false, 90).build());
		this.pages.save(page().slug("brouillon").title("Brouillon").menu(true, 3).draft().build());

		Document html = Html.get(this.mvc, "/fr/qui-sommes-nous");

		assertThat(html.select(".main-nav a").eachText()).containsExactly("Qui sommes-nous", "Actualités", "Podcasts",
				"Contact");
		assertThat(html.select(".footer-menu a").eachText()).contains("La Charte", "Vie privée")
			.doesNotContain("Brouillon");
		assertThat(html.select(".children a").eachText()).containsExactly("La Charte");
		assertThat(html.select(".main-nav a[aria-current=page]").text()).isEqualTo("Qui sommes-nous");
	}

	@Test
	void breadcrumbsLeadFromTheHomePageThroughTheParents() {
		Page themes = this.pages.save(page().slug("mobilisations").title("Mobilisations").build());
		this.pages.save(page().slug("meres-et-sante").title("Mères et santé").under(themes).build());

		Document html = Html.get(this.mvc, "/fr/meres-et-sante");

		assertThat(html.select(".breadcrumbs a").eachAttr("href")).containsExactly("/fr/", "/fr/mobilisations");
		assertThat(html.select(".breadcrumbs [aria-current=page]").text()).isEqualTo("Mères et santé");
	}

	@Test
	void theContactPageShowsTheAddressAndEmailFromTheSettings() {
		this.pages.save(page().slug("contact").title("Contact").key(PageKey.CONTACT).build());

		Document html = Html.get(this.mvc, "/fr/contact");

		assertThat(html.select(".contact-card address").text()).contains("Make Mothers Matter Belgium ASBL",
				"Bruxelles, Belgique", "contact@example.org");
		assertThat(html.select(".contact-card a[href=mailto:contact@example.org]")).hasSize(1);
	}

	@Test
	void aPageWithoutTranslationLeadsTheSwitcherToTheHomePages() {
		Page statutes = this.pages.save(page().slug("statuts").title("Statuts").build());
		Page charter = this.pages.save(page().slug("charte").title("Charte").build());
		this.pages.save(page().in(Language.NL).translating(charter).slug("handvest").title("Handvest").build());

		assertThat(Html.switcher(Html.get(this.mvc, "/fr/statuts"))).containsExactly(entry("nl", "/nl/"),
				entry("en", "/en/"));
		assertThat(Html.alternates(Html.get(this.mvc, "/fr/statuts"))).containsOnlyKeys("fr", "x-default");
		assertThat(Html.switcher(Html.get(this.mvc, "/nl/handvest"))).containsExactly(entry("fr", "/fr/charte"),
				entry("en", "/en/"));
		assertThat(statutes.getTranslationGroup()).isNotEqualTo(charter.getTranslationGroup());
	}

	@Test
	void unknownDraftAndMalformedPagesAreNotFound() {
		this.pages.save(page().slug("cachee").draft().build());

		assertThat(this.mvc.get().uri("/fr/cachee")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/fr/n-existe-pas")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/fr/Majuscules")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/de/seite")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/xx/")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aRenamedPageRedirectsPermanently() {
		Page page = this.pages.saveAndFlush(page().slug("qui-sommes-nous").build());
		page.changeSlug("a-propos");
		this.pages.saveAndFlush(page);

		assertThat(this.mvc.get().uri("/fr/qui-sommes-nous")).hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.hasRedirectedUrl("/fr/a-propos");
	}

	@Test
	void aPageWithTheSlugOfASectionNeverHidesTheSection() {
		this.pages.save(page().slug("actualites").title("Pas la section").build());

		assertThat(this.mvc.get().uri("/fr/actualites")).hasStatusOk().hasViewName("news/list");
	}

}
