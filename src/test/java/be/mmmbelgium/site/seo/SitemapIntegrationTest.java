package be.mmmbelgium.site.seo;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import be.mmmbelgium.site.news.NewsPost;
import be.mmmbelgium.site.news.NewsPostBuilder;
import be.mmmbelgium.site.news.NewsPostRepository;
import be.mmmbelgium.site.news.Tag;
import be.mmmbelgium.site.news.TagRepository;
import be.mmmbelgium.site.page.PageBuilder;
import be.mmmbelgium.site.page.PageRepository;
import be.mmmbelgium.site.podcast.EpisodeRepository;
import be.mmmbelgium.site.podcast.PodcastBuilders;
import be.mmmbelgium.site.podcast.PodcastSeries;
import be.mmmbelgium.site.podcast.PodcastSeriesRepository;
import be.mmmbelgium.site.test.SiteIntegrationTest;
import be.mmmbelgium.site.web.Language;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sitemap index names a sitemap per language, and each lists what is visible now,
 * with its translations, and nothing else.
 */
@SiteIntegrationTest
class SitemapIntegrationTest {

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
	JdbcClient jdbc;

	Document xml(String path) throws UnsupportedEncodingException {
		var result = this.mvc.get().uri(path).exchange();
		assertThat(result).hasStatusOk().hasContentType("application/xml;charset=UTF-8");
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8), "", Parser.xmlParser());
	}

	@Test
	void theIndexNamesOneSitemapPerLanguage() throws Exception {
		Document index = xml("/sitemap.xml");

		assertThat(index.select("sitemapindex > sitemap > loc").eachText()).containsExactly(
				"https://www.example.test/sitemap-fr-1.xml", "https://www.example.test/sitemap-nl-1.xml",
				"https://www.example.test/sitemap-en-1.xml");
		assertThat(this.mvc.get().uri("/sitemap-de-1.xml")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/sitemap-fr-2.xml")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/sitemap-fr-x.xml")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void pastFiftyThousandAddressesALanguageHasASecondSitemap() throws Exception {
		int count = Sitemaps.MAX_URLS + 10;
		this.jdbc
			.sql("""
					insert into news_post (translation_group, language, slug, title, status, published_at, created_at,
					                       updated_at)
					select gen_random_uuid(), 'fr', 'post-' || n, 'Post ' || n, 'PUBLISHED',
					       timestamp with time zone '2026-01-01 00:00:00+00' + n * interval '1 minute',
					       timestamp with time zone '2026-01-01 00:00:00+00', timestamp with time zone '2026-01-01 00:00:00+00'
					  from generate_series(1, :count) as n
					""")
			.param("count", count)
			.update();

		Document index = xml("/sitemap.xml");
		assertThat(index.select("sitemapindex > sitemap > loc").eachText()).startsWith(
				"https://www.example.test/sitemap-fr-1.xml", "https://www.example.test/sitemap-fr-2.xml",
				"https://www.example.test/sitemap-nl-1.xml");
		Document first = xml("/sitemap-fr-1.xml");
		assertThat(first.select("urlset > url")).hasSize(Sitemaps.MAX_URLS);
		Document second = xml("/sitemap-fr-2.xml");
		List<String> rest = second.select("urlset > url > loc").eachText();
		assertThat(rest).isNotEmpty().hasSizeLessThan(Sitemaps.MAX_URLS);
		assertThat(first.select("urlset > url > loc").eachText()).doesNotContainAnyElementsOf(rest);
		assertThat(first.select("urlset > url > loc").size() + rest.size())
			.as("every post and the sections of the language, once")
			.isGreaterThanOrEqualTo(count);
		assertThat(this.mvc.get().uri("/sitemap-fr-3.xml")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aLanguagesSitemapListsWhatIsVisibleWithItsTranslationsAndNothingElse() throws Exception {
		Tag health = this.tags.save(new Tag(UUID.randomUUID(), Language.FR, "sante", "Santé"));
		NewsPost post = this.posts.saveAndFlush(NewsPostBuilder.post().slug("visible").tagged(health).build());
		this.posts.saveAndFlush(NewsPostBuilder.post().in(Language.NL).translating(post).slug("zichtbaar").build());
		this.posts.saveAndFlush(NewsPostBuilder.post().slug("brouillon").draft().build());
		this.posts.saveAndFlush(
				NewsPostBuilder.post().slug("plus-tard").publishedAt(Instant.parse("2027-01-01T00:00:00Z")).build());
		NewsPost trashed = NewsPostBuilder.post().slug("jete").build();
		trashed.trash();
		this.posts.saveAndFlush(trashed);
		this.pages.saveAndFlush(PageBuilder.page().slug("mission").build());
		PodcastSeries show = this.series.saveAndFlush(PodcastBuilders.series().slug("emission").build());
		this.episodes.saveAndFlush(PodcastBuilders.episode(show).slug("premier").build());

		Document french = xml("/sitemap-fr-1.xml");

		assertThat(french.select("url > loc").eachText())
			.contains("https://www.example.test/fr/", "https://www.example.test/fr/actualites",
					"https://www.example.test/fr/podcasts", "https://www.example.test/fr/actualites/visible",
					"https://www.example.test/fr/actualites/sujet/sante", "https://www.example.test/fr/mission",
					"https://www.example.test/fr/podcasts/emission",
					"https://www.example.test/fr/podcasts/emission/premier")
			.doesNotContain("https://www.example.test/fr/actualites/brouillon",
					"https://www.example.test/fr/actualites/plus-tard", "https://www.example.test/fr/actualites/jete");
		Element visible = french.select("url:has(loc:containsOwn(/fr/actualites/visible))").first();
		assertThat(visible.select("lastmod").text()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
		assertThat(visible.select("xhtml|link").eachAttr("href")).containsExactly(
				"https://www.example.test/fr/actualites/visible", "https://www.example.test/nl/nieuws/zichtbaar");
		assertThat(xml("/sitemap-nl-1.xml").select("url > loc").eachText())
			.contains("https://www.example.test/nl/nieuws/zichtbaar")
			.noneMatch((loc) -> loc.contains("/fr/"));
	}

	@Test
	void robotsNameTheSitemap() {
		assertThat(this.mvc.get().uri("/robots.txt")).hasStatusOk()
			.bodyText()
			.contains("Disallow: /admin", "Sitemap: https://www.example.test/sitemap.xml");
	}

}
