package be.mmmbelgium.site.caching;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import be.mmmbelgium.site.news.NewsPost;
import be.mmmbelgium.site.news.NewsPostBuilder;
import be.mmmbelgium.site.news.NewsPostRepository;
import be.mmmbelgium.site.test.Builders;
import be.mmmbelgium.site.test.Html;
import be.mmmbelgium.site.test.SiteIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cheap repeat visits: validators derived from the content on every public answer, 304
 * before any controller runs when nothing changed, and caching headers for pages and
 * static files.
 */
@SiteIntegrationTest
class HttpCachingIntegrationTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	NewsPostRepository posts;

	@Autowired
	ContentVersion version;

	@Autowired
	JdbcClient jdbc;

	NewsPost post;

	void givenAPost() {
		this.post = this.posts.saveAndFlush(NewsPostBuilder.post().slug("cache").title("En cache").build());
	}

	MvcTestResult get(String path, String header, String value) {
		return this.mvc.get().uri(path).header(header, value).exchange();
	}

	static String etag(MvcTestResult result) {
		return result.getResponse().getHeader(HttpHeaders.ETAG);
	}

	@Test
	void aPageCarriesValidatorsAndACachingPolicy() {
		givenAPost();
		MvcTestResult page = this.mvc.get().uri("/fr/actualites/cache").exchange();
		assertThat(page).hasStatusOk();
		assertThat(etag(page)).matches("W/\"[0-9a-f]{24}\"");
		assertThat(page.getResponse().getHeader(HttpHeaders.CACHE_CONTROL))
			.isEqualTo("public, max-age=60, stale-while-revalidate=600");
	}

	@Test
	void anUnchangedPageIsAnswered304WithoutRunningItsController() {
		givenAPost();
		String etag = etag(this.mvc.get().uri("/fr/actualites/cache").exchange());

		MvcTestResult again = get("/fr/actualites/cache", HttpHeaders.IF_NONE_MATCH, etag);
		assertThat(again).hasStatus(HttpStatus.NOT_MODIFIED);
		assertThat(again.getMvcResult().getHandler()).as("no controller ran").isNull();
		assertThat(again.getResponse().getContentAsByteArray()).isEmpty();
		assertThat(etag(again)).isEqualTo(etag);
		assertThat(again.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("max-age=60");

		assertThat(get("/fr/actualites/cache", HttpHeaders.IF_NONE_MATCH, "\"other\", " + etag))
			.hasStatus(HttpStatus.NOT_MODIFIED);
		assertThat(get("/fr/actualites/cache", HttpHeaders.IF_NONE_MATCH, etag.substring(2))).as("weak comparison")
			.hasStatus(HttpStatus.NOT_MODIFIED);
		assertThat(get("/fr/actualites/cache", HttpHeaders.IF_NONE_MATCH, "W/\"other\"")).hasStatusOk();
	}

	@Test
	void aChangeToTheContentChangesTheValidators() {
		givenAPost();
		String before = etag(this.mvc.get().uri("/fr/actualites/cache").exchange());
		this.post.setTitle("Changé");
		this.posts.saveAndFlush(this.post);

		MvcTestResult after = get("/fr/actualites/cache", HttpHeaders.IF_NONE_MATCH, before);
		assertThat(after).hasStatusOk();
		assertThat(etag(after)).isNotEqualTo(before);
		assertThat(Html.parse(after).select("h1").text()).isEqualTo("Changé");

		this.posts.delete(this.post);
		this.posts.flush();
		assertThat(etag(this.mvc.get().uri("/fr/actualites").exchange())).isNotEqualTo(etag(after));
	}

	@Test
	void aScheduledItemChangesTheVersionWhenItsTimeComes() {
		givenAPost();
		this.posts.saveAndFlush(
				NewsPostBuilder.post().slug("plus-tard").publishedAt(Builders.NOW.plus(Duration.ofDays(2))).build());
		String today = this.version.at(Builders.NOW);
		assertThat(this.version.at(Builders.NOW.plus(Duration.ofDays(1)))).isEqualTo(today);
		assertThat(this.version.at(Builders.NOW.plus(Duration.ofDays(3)))).isNotEqualTo(today);
	}

	@Test
	void aRowAddedToATableAFeatureDeclaresChangesTheVersion() {
		String before = this.version.at(Builders.NOW);
		this.jdbc.sql("insert into removed_path (path, removed_at) values ('/fr/actualites/retiree', :now)")
			.param("now", Timestamp.from(Builders.NOW))
			.update();
		String removed = this.version.at(Builders.NOW);
		assertThat(removed).as("a removed address, declared by the redirects").isNotEqualTo(before);
		this.jdbc
			.sql("insert into redirect (old_path, target, created_at, updated_at)"
					+ " values ('/ancienne', '/fr/actualites', :now, :now)")
			.param("now", Timestamp.from(Builders.NOW))
			.update();
		assertThat(this.version.at(Builders.NOW)).as("a redirect").isNotIn(before, removed);
	}

	@Test
	void aDateAloneNeverEarnsA304() {
		givenAPost();
		String future = DateTimeFormatter.RFC_1123_DATE_TIME
			.format(Instant.now().plus(Duration.ofDays(365)).atOffset(ZoneOffset.UTC));
		MvcTestResult page = get("/fr/actualites/cache", HttpHeaders.IF_MODIFIED_SINCE, future);
		assertThat(page).hasStatusOk();
		assertThat(page.getResponse().getHeader(HttpHeaders.LAST_MODIFIED)).isNull();
	}

	@Test
	void aNotModifiedAnswerSaysItVariesWithCompression() {
		givenAPost();
		String etag = etag(this.mvc.get().uri("/fr/actualites/cache").exchange());
		assertThat(
				get("/fr/actualites/cache", HttpHeaders.IF_NONE_MATCH, etag).getResponse().getHeader(HttpHeaders.VARY))
			.isEqualTo("Accept-Encoding");
	}

	@Test
	void feedsSitemapsAndRobotsAnswerConditionalRequests() {
		givenAPost();
		for (String path : new String[] { "/fr/actualites/feed.atom", "/sitemap.xml", "/sitemap-fr-1.xml",
				"/robots.txt", "/fr/recherche?q=cache" }) {
			MvcTestResult first = this.mvc.get().uri(path).exchange();
			assertThat(first).as(path).hasStatusOk();
			assertThat(etag(first)).as(path).isNotBlank();
			assertThat(get(path, HttpHeaders.IF_NONE_MATCH, etag(first))).as(path).hasStatus(HttpStatus.NOT_MODIFIED);
		}
		assertThat(this.mvc.get().uri("/fr/actualites/feed.atom").exchange())
			.hasContentType("application/atom+xml;charset=UTF-8");
	}

	@Test
	void headAnswersWithTheSameValidators() {
		givenAPost();
		String etag = etag(this.mvc.get().uri("/fr/actualites/cache").exchange());
		MvcTestResult head = this.mvc.head().uri("/fr/actualites/cache").exchange();
		assertThat(head).hasStatusOk();
		assertThat(etag(head)).isEqualTo(etag);
	}

	@Test
	void errorsAndTheBackOfficeCarryNoValidators() {
		givenAPost();
		MvcTestResult missing = this.mvc.get().uri("/fr/actualites/absent").exchange();
		assertThat(missing).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(etag(missing)).isNull();
		assertThat(String.valueOf(missing.getResponse().getHeader(HttpHeaders.CACHE_CONTROL))).doesNotContain("public");
		assertThat(etag(this.mvc.get().uri("/admin/login").exchange())).isNull();
	}

	@Test
	void staticFilesWithAFingerprintAreKeptAYear() {
		String stylesheet = Html.parse(this.mvc.get().uri("/fr/").exchange())
			.select("link[rel=stylesheet]")
			.attr("href");
		assertThat(stylesheet).matches("/css/site-[0-9a-f]{32}\\.css");
		MvcTestResult fingerprinted = this.mvc.get().uri(stylesheet).exchange();
		assertThat(fingerprinted).hasStatusOk();
		assertThat(fingerprinted.getResponse().getHeader(HttpHeaders.CACHE_CONTROL))
			.isEqualTo("public, max-age=31536000, immutable");
		assertThat(this.mvc.get().uri("/css/site.css").exchange().getResponse().getHeader(HttpHeaders.CACHE_CONTROL))
			.isEqualTo("public, max-age=3600");
	}

}
