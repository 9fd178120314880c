package be.mmmbelgium.site.seo;

import java.util.List;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import be.mmmbelgium.site.media.MediaFile;
import be.mmmbelgium.site.media.MediaLibrary;
import be.mmmbelgium.site.news.NewsPostBuilder;
import be.mmmbelgium.site.news.NewsPostRepository;
import be.mmmbelgium.site.news.Tag;
import be.mmmbelgium.site.news.TagRepository;
import be.mmmbelgium.site.page.Page;
import be.mmmbelgium.site.page.PageBuilder;
import be.mmmbelgium.site.page.PageRepository;
import be.mmmbelgium.site.podcast.EpisodeRepository;
import be.mmmbelgium.site.podcast.PodcastBuilders;
import be.mmmbelgium.site.podcast.PodcastSeries;
import be.mmmbelgium.site.podcast.PodcastSeriesRepository;
import be.mmmbelgium.site.test.Html;
import be.mmmbelgium.site.test.SiteIntegrationTest;
import be.mmmbelgium.site.test.TestMedia;
import be.mmmbelgium.site.web.Language;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What search engines and link previews read in a page's head: the meta description, Open
 * Graph and Twitter card tags, and the JSON-LD, parsed and checked field by field.
 */
@SiteIntegrationTest
class StructuredDataIntegrationTest {

	static final String BASE = "https://www.example.test";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	NewsPostRepository posts;

	@Autowired
	TagRepository tags;

	@Autowired
	PageRepository pages;

	@Autowired
	PodcastSeriesRepository series;

	@Autowired
	EpisodeRepository episodes;

	@Autowired
	MediaLibrary media;

	final JsonMapper json = JsonMapper.builder().build();

	Document page(String path) {
		var result = this.mvc.get().uri(path).exchange();
		assertThat(result).hasStatusOk();
		return Html.parse(result);
	}

	/** The page's JSON-LD object of a type; fails when the page has none or several. */
	JsonNode jsonLd(Document page, String type) {
		List<JsonNode> found = page.select("script[type=application/ld+json]")
			.stream()
			.map((script) -> this.json.readTree(script.data()))
			.filter((node) -> node.path("@type").asString().equals(type))
			.toList();
		assertThat(found).as("JSON-LD of type %s", type).hasSize(1);
		assertThat(found.get(0).path("@context").asString()).isEqualTo("https://schema.org");
		return found.get(0);
	}

	static String meta(Document page, String property) {
		return page.select("meta[property=" + property + "], meta[name=" + property + "]").attr("content");
	}

	@Test
	void theHomePagePresentsTheAssociationAsAnNgoAndItsSearch() {
		Document home = page("/fr/");
		JsonNode ngo = jsonLd(home, "NGO");
		assertThat(ngo.path("name").asString()).isEqualTo("Make Mothers Matter Belgium ASBL");
		assertThat(ngo.path("url").asString()).isEqualTo(BASE + "/fr/");
		assertThat(ngo.path("logo").path("url").asString()).isEqualTo(BASE + "/img/apple-touch-icon.png");
		assertThat(ngo.path("email").asString()).contains("@");
		assertThat(ngo.path("description").asString()).isNotBlank();
		JsonNode site = jsonLd(home, "WebSite");
		assertThat(site.path("potentialAction").path("target").path("urlTemplate").asString())
			.isEqualTo(BASE + "/fr/recherche?q={search_term_string}");
		assertThat(site.path("inLanguage").asString()).isEqualTo("fr");
		assertThat(meta(home, "og:type")).isEqualTo("website");
		assertThat(meta(home, "og:url")).isEqualTo(BASE + "/fr/");
		assertThat(meta(home, "twitter:card")).isEqualTo("summary");
		assertThat(home.select("script[type=application/ld+json]").eachText())
			.noneMatch((s) -> s.contains("BreadcrumbList"));
	}

	@Test
	void aPostIsANewsArticleWithItsCoverInAPreviewSizeAndItsBreadcrumbs() {
		MediaFile cover = TestMedia.add(this.media, "grande.jpg", TestMedia.jpeg(2400, 1200));
		Tag work = this.tags.save(new Tag(UUID.randomUUID(), Language.FR, "travail", "Travail"));
		var post = this.posts.saveAndFlush(NewsPostBuilder.post()
			.slug("article")
			.title("Les mères au travail")
			.excerpt("Un résumé court.")
			.cover(cover)
			.tagged(work)
			.build());

		Document html = page("/fr/actualites/article");
		JsonNode article = jsonLd(html, "NewsArticle");
		assertThat(article.path("headline").asString()).isEqualTo("Les mères au travail");
		assertThat(article.path("description").asString()).isEqualTo("Un résumé court.");
		assertThat(article.path("url").asString()).isEqualTo(BASE + "/fr/actualites/article");
		assertThat(article.path("datePublished").asString()).isEqualTo(post.getPublishedAt().toString());
		assertThat(article.path("dateModified").asString()).isNotBlank();
		assertThat(article.path("inLanguage").asString()).isEqualTo("fr");
		assertThat(article.path("image").get(0).asString()).startsWith(BASE + "/media/").endsWith("-1600w.jpg");
		assertThat(article.path("publisher").path("@type").asString()).isEqualTo("NGO");
		assertThat(article.path("author").path("name").asString()).isEqualTo("Make Mothers Matter Belgium ASBL");
		assertThat(article.path("keywords").get(0).asString()).isEqualTo("Travail");

		assertThat(meta(html, "description")).isEqualTo("Un résumé court.");
		assertThat(meta(html, "og:type")).isEqualTo("article");
		assertThat(meta(html, "og:title")).isEqualTo("Les mères au travail");
		assertThat(meta(html, "og:description")).isEqualTo("Un résumé court.");
		assertThat(meta(html, "og:image")).isEqualTo(article.path("image").get(0).asString());
		assertThat(meta(html, "og:image:width")).isEqualTo("1600");
		assertThat(meta(html, "og:image:height")).isEqualTo("800");
		assertThat(meta(html, "og:image:alt")).isEqualTo("Une illustration");
		assertThat(meta(html, "twitter:card")).isEqualTo("summary_large_image");
		assertThat(meta(html, "article:published_time")).isNotBlank();
		assertThat(html.select("link[rel=canonical]").attr("href")).isEqualTo(BASE + "/fr/actualites/article");

		JsonNode trail = jsonLd(html, "BreadcrumbList").path("itemListElement");
		assertThat(trail).hasSize(3);
		assertThat(trail.get(0).path("name").asString()).isEqualTo("Accueil");
		assertThat(trail.get(0).path("item").asString()).isEqualTo(BASE + "/fr/");
		assertThat(trail.get(1).path("name").asString()).isEqualTo("Actualités");
		assertThat(trail.get(1).path("item").asString()).isEqualTo(BASE + "/fr/actualites");
		assertThat(trail.get(2).path("position").asInt()).isEqualTo(3);
		assertThat(trail.get(2).path("item").asString()).isEqualTo(BASE + "/fr/actualites/article");
	}

	@Test
	void withoutAnExcerptTheDescriptionIsTheBeginningOfTheText() {
		this.posts.saveAndFlush(NewsPostBuilder.post().slug("long").excerpt("").body("Un texte. ".repeat(40)).build());
		String description = meta(page("/fr/actualites/long"), "description");
		assertThat(description).startsWith("Un texte. Un texte.").endsWith("…").hasSizeLessThanOrEqualTo(161);
	}

	@Test
	void markupInATitleCannotLeaveTheJsonLd() {
		String title = "</script><script>alert(1)</script> & \"guillemets\"";
		this.posts.saveAndFlush(NewsPostBuilder.post().slug("piege").title(title).build());
		Document html = page("/fr/actualites/piege");
		assertThat(html.select("script:not([type=application/ld+json])")).isEmpty();
		assertThat(html.select("script[type=application/ld+json]").outerHtml()).doesNotContain("</script><script>");
		assertThat(jsonLd(html, "NewsArticle").path("headline").asString()).isEqualTo(title);
	}

	@Test
	void anInnerPageHasItsTrailThroughItsParent() {
		Page parent = this.pages.saveAndFlush(PageBuilder.page().slug("themes").title("Nos thèmes").build());
		this.pages.saveAndFlush(
				PageBuilder.page().slug("sante").title("Santé").summary("La santé des mères.").under(parent).build());
		Document html = page("/fr/sante");
		JsonNode trail = jsonLd(html, "BreadcrumbList").path("itemListElement");
		assertThat(trail).extracting((item) -> item.path("name").asString())
			.containsExactly("Accueil", "Nos thèmes", "Santé");
		assertThat(trail.get(1).path("item").asString()).isEqualTo(BASE + "/fr/themes");
		assertThat(meta(html, "description")).isEqualTo("La santé des mères.");
	}

	@Test
	void aSeriesIsAPodcastSeriesAndAnEpisodeAPodcastEpisode() {
		MediaFile cover = TestMedia.add(this.media, "carre.png", TestMedia.png(1400, 1400));
		MediaFile audio = TestMedia.add(this.media, "un.mp3", TestMedia.mp3(3));
		PodcastSeries built = PodcastBuilders.series().slug("serie").title("Une mère presque parfaite").build();
		built.setCover(cover);
		PodcastSeries show = this.series.saveAndFlush(built);
		this.episodes.saveAndFlush(PodcastBuilders.episode(show)
			.slug("premier")
			.title("Le mythe")
			.number(1)
			.season(1)
			.audio(audio)
			.build());

		JsonNode podcast = jsonLd(page("/fr/podcasts/serie"), "PodcastSeries");
		assertThat(podcast.path("name").asString()).isEqualTo("Une mère presque parfaite");
		assertThat(podcast.path("url").asString()).isEqualTo(BASE + "/fr/podcasts/serie");
		assertThat(podcast.path("webFeed").asString()).isEqualTo(BASE + "/fr/podcasts/serie/feed.rss");
		assertThat(podcast.path("image").asString()).startsWith(BASE + "/media/");
		assertThat(podcast.path("inLanguage").asString()).isEqualTo("fr");

		Document html = page("/fr/podcasts/serie/premier");
		JsonNode episode = jsonLd(html, "PodcastEpisode");
		assertThat(episode.path("name").asString()).isEqualTo("Le mythe");
		assertThat(episode.path("url").asString()).isEqualTo(BASE + "/fr/podcasts/serie/premier");
		assertThat(episode.path("episodeNumber").asInt()).isEqualTo(1);
		assertThat(episode.path("duration").asString()).isEqualTo("PT3S");
		assertThat(episode.path("partOfSeries").path("@type").asString()).isEqualTo("PodcastSeries");
		assertThat(episode.path("partOfSeries").path("url").asString()).isEqualTo(BASE + "/fr/podcasts/serie");
		assertThat(episode.path("partOfSeason").path("seasonNumber").asInt()).isEqualTo(1);
		assertThat(episode.path("associatedMedia").path("contentUrl").asString()).startsWith(BASE + "/media/")
			.endsWith(".mp3");
		assertThat(episode.path("associatedMedia").path("encodingFormat").asString()).isEqualTo("audio/mpeg");
		assertThat(jsonLd(html, "BreadcrumbList").path("itemListElement"))
			.extracting((item) -> item.path("name").asString())
			.containsExactly("Accueil", "Podcasts", "Une mère presque parfaite", "Le mythe");
	}

}
