package be.mmmbelgium.site.news;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import be.mmmbelgium.site.media.MediaFile;
import be.mmmbelgium.site.media.MediaLibrary;
import be.mmmbelgium.site.test.Html;
import be.mmmbelgium.site.test.SiteIntegrationTest;
import be.mmmbelgium.site.test.TestMedia;
import be.mmmbelgium.site.web.Language;

import static be.mmmbelgium.site.news.NewsPostBuilder.post;
import static be.mmmbelgium.site.test.Builders.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * The public news section, from the list to each post, in the three languages.
 */
@SiteIntegrationTest
class NewsControllerIntegrationTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	NewsPostRepository posts;

	@Autowired
	TagRepository tags;

	@Autowired
	MediaLibrary media;

	@Test
	void theListShowsDateTitleExcerptAndCoverOfEachPost() {
		MediaFile cover = TestMedia.add(this.media, "couverture.png", TestMedia.png(1600, 900));
		this.posts.save(post().slug("lancement")
			.title("Lancement du podcast")
			.excerpt("Une nouvelle série.")
			.publishedAt(Instant.parse("2022-04-29T08:00:00Z"))
			.cover(cover)
			.build());

		assertThat(this.mvc.get().uri("/fr/actualites")).hasStatusOk()
			.hasViewName("news/list")
			.bodyText()
			.contains("Lancement du podcast", "Une nouvelle série.", "29 avril 2022",
					"href=\"/fr/actualites/lancement\"", "src=\"/media/" + cover.getStorageKey() + "\"",
					"width=\"1600\"", "height=\"900\"", "<html lang=\"fr\"");
	}

	@Test
	void eachLanguageHasItsOwnSectionName() {
		this.posts.save(post().in(Language.NL).slug("nieuwtje").title("Een nieuwtje").build());
		this.posts.save(post().in(Language.EN).slug("some-news").title("Some news").build());

		assertThat(this.mvc.get().uri("/nl/nieuws")).hasStatusOk().bodyText().contains("Een nieuwtje", "lang=\"nl\"");
		assertThat(this.mvc.get().uri("/en/news")).hasStatusOk()
			.bodyText()
			.contains("Some news")
			.doesNotContain("Een nieuwtje");
		assertThat(this.mvc.get().uri("/nl/actualites")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/en/nieuws/nieuwtje")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void theListIsPaginatedTenPostsAPage() {
		for (int i = 1; i <= 12; i++) {
			this.posts.save(post().slug("post-" + i)
				.title("Actualité numéro " + i)
				.publishedAt(NOW.minus(Duration.ofDays(i)))
				.build());
		}

		assertThat(this.mvc.get().uri("/fr/actualites")).hasStatusOk()
			.bodyText()
			.contains("Actualité numéro 1<", "Actualité numéro 10<", "href=\"/fr/actualites?page=2\"", "Page 1 sur 2")
			.doesNotContain("Actualité numéro 11<");
		assertThat(this.mvc.get().uri("/fr/actualites?page=2")).hasStatusOk()
			.bodyText()
			.contains("Actualité numéro 11<", "Actualité numéro 12<", "href=\"/fr/actualites\"",
					"<link rel=\"canonical\" href=\"https://www.example.test/fr/actualites?page=2\">");
		assertThat(this.mvc.get().uri("/fr/actualites?page=3")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@ParameterizedTest
	@ValueSource(strings = { "abc", "-1", "0", "99999999999", "1.5", "%00" })
	void aMalformedPageNumberIsABadRequest(String page) {
		assertThat(this.mvc.get().uri("/fr/actualites?page=" + page)).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void aPostShowsItsBodyCoverTagsAttachmentsAndNeighbours() {
		MediaFile cover = TestMedia.add(this.media, "photo.png", TestMedia.png(160, 90));
		MediaFile pdf = TestMedia.add(this.media, "communique.pdf", TestMedia.pdf());
		Tag health = this.tags.save(new Tag(UUID.randomUUID(), Language.FR, "sante", "Santé"));
		this.posts
			.save(post().slug("avant").title("Le post d’avant").publishedAt(NOW.minus(Duration.ofDays(9))).build());
		NewsPost post = post().slug("le-post")
			.title("Le post")
			.body("## Un intertitre\n\nDu *texte*.")
			.publishedAt(NOW.minus(Duration.ofDays(5)))
			.cover(cover)
			.tagged(health)
			.build();
		post.attach(pdf, "Communiqué de presse");
		this.posts.save(post);
		this.posts
			.save(post().slug("apres").title("Le post d’après").publishedAt(NOW.minus(Duration.ofDays(1))).build());

		assertThat(this.mvc.get().uri("/fr/actualites/le-post")).hasStatusOk()
			.hasViewName("news/post")
			.bodyText()
			.contains("<h1>Le post</h1>", "<h2>Un intertitre</h2>", "<em>texte</em>",
					"src=\"/media/" + cover.getStorageKey() + "\"", "alt=\"Une illustration\"",
					"href=\"/fr/actualites/sujet/sante\"", ">Santé<", "href=\"/media/" + pdf.getStorageKey() + "\"",
					"Communiqué de presse", "href=\"/fr/actualites/avant\"", "href=\"/fr/actualites/apres\"");
	}

	@Test
	void draftsAndScheduledPostsAreNotFoundUntilTheirTime() {
		this.posts.save(post().slug("brouillon").draft().build());
		this.posts.save(post().slug("demain").publishedAt(NOW.plus(Duration.ofDays(1))).title("Demain").build());

		assertThat(this.mvc.get().uri("/fr/actualites/brouillon")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/fr/actualites/demain")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/fr/actualites")).hasStatusOk().bodyText().doesNotContain("Demain");
	}

	@Test
	void anUnknownOrMalformedSlugIsNotFound() {
		assertThat(this.mvc.get().uri("/nl/nieuws/bestaat-niet")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/fr/actualites/PAS_UN_SLUG")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/fr/actualites/" + "a".repeat(300))).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void anOldSlugAnswersWithAPermanentRedirectToTheNewOne() {
		NewsPost post = this.posts.saveAndFlush(post().slug("ancien").build());
		post.changeSlug("nouveau");
		this.posts.saveAndFlush(post);

		assertThat(this.mvc.get().uri("/fr/actualites/ancien")).hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.hasRedirectedUrl("/fr/actualites/nouveau");
	}

	@Test
	void aTranslatedPostNamesItsTranslationsAndTheSwitcherLeadsToThem() {
		NewsPost french = this.posts.saveAndFlush(post().slug("lancement").build());
		this.posts.save(post().in(Language.NL).slug("lancering").translating(french).build());

		Document page = Html.get(this.mvc, "/fr/actualites/lancement");

		assertThat(page.select("link[rel=canonical]").attr("href"))
			.isEqualTo("https://www.example.test/fr/actualites/lancement");
		assertThat(Html.alternates(page)).containsExactly(
				entry("fr", "https://www.example.test/fr/actualites/lancement"),
				entry("nl", "https://www.example.test/nl/nieuws/lancering"),
				entry("x-default", "https://www.example.test/fr/actualites/lancement"));
		assertThat(Html.switcher(page)).containsExactly(entry("nl", "/nl/nieuws/lancering"), entry("en", "/en/news"));
	}

	@Test
	void aTagPageListsItsPostsAndLeadsToTheTagInOtherLanguages() {
		UUID group = UUID.randomUUID();
		Tag french = this.tags.save(new Tag(group, Language.FR, "paix", "Paix"));
		Tag english = this.tags.save(new Tag(group, Language.EN, "peace", "Peace"));
		this.tags.save(new Tag(group, Language.NL, "vrede", "Vrede"));
		this.posts.save(post().slug("pour-la-paix").title("Pour la paix").tagged(french).build());
		this.posts.save(post().in(Language.EN).slug("for-peace").title("For peace").tagged(english).build());
		this.posts.save(post().slug("autre-sujet").title("Autre sujet").build());

		assertThat(this.mvc.get().uri("/fr/actualites/sujet/paix")).hasStatusOk()
			.bodyText()
			.contains("Actualités : Paix", "Pour la paix", "href=\"/en/news/topic/peace\"")
			.doesNotContain("Autre sujet")
			.as("no Dutch post carries the subject yet")
			.doesNotContain("/nl/nieuws/onderwerp/vrede");
		assertThat(this.mvc.get().uri("/fr/actualites/sujet/inconnu")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void theArchiveListsTheYearsAndThePostsOfAYear() {
		this.posts
			.save(post().slug("en-2020").title("En 2020").publishedAt(Instant.parse("2020-04-07T08:00:00Z")).build());
		this.posts
			.save(post().slug("en-2022").title("En 2022").publishedAt(Instant.parse("2022-04-26T08:00:00Z")).build());

		assertThat(this.mvc.get().uri("/fr/actualites")).hasStatusOk()
			.bodyText()
			.contains("href=\"/fr/actualites/archives/2022\"", "href=\"/fr/actualites/archives/2020\"");
		assertThat(this.mvc.get().uri("/fr/actualites/archives/2020")).hasStatusOk()
			.bodyText()
			.contains("Actualités de 2020", "En 2020")
			.doesNotContain(">En 2022<");
		assertThat(Html.switcher(Html.get(this.mvc, "/fr/actualites/archives/2020")))
			.containsExactly(entry("nl", "/nl/nieuws"), entry("en", "/en/news"));
		assertThat(this.mvc.get().uri("/fr/actualites/archives/2019")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/fr/actualites/archives/20x2")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/fr/actualites/archives/99999999999")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void publicPagesSetNoCookieAndAnswerConditionalRequests() {
		this.posts.save(post().slug("cache").build());

		var first = this.mvc.get().uri("/fr/actualites/cache").exchange();
		assertThat(first).hasStatusOk().doesNotContainHeader("Set-Cookie");
		String etag = first.getResponse().getHeader("ETag");
		assertThat(etag).isNotBlank();
		assertThat(this.mvc.get().uri("/fr/actualites/cache").header("If-None-Match", etag))
			.hasStatus(HttpStatus.NOT_MODIFIED);
	}

}
