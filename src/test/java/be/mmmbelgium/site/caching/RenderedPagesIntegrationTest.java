package be.mmmbelgium.site.caching;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import be.mmmbelgium.site.news.NewsPost;
import be.mmmbelgium.site.news.NewsPostBuilder;
import be.mmmbelgium.site.news.NewsPostRepository;
import be.mmmbelgium.site.test.Html;
import be.mmmbelgium.site.test.PostgresTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages rendered at a content version are sent again as they were, without controller or
 * template, until the content changes. Requests are served outside any transaction, as on
 * the running site, so what this test saves is committed: it runs in an application
 * context, and a database, of its own.
 */
@SpringBootTest(properties = "spring.application.name=rendered-pages-test")
@AutoConfigureMockMvc
@PostgresTest
class RenderedPagesIntegrationTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	NewsPostRepository posts;

	@Test
	void aPageRenderedAtTheSameVersionIsSentAgainUntilTheContentChanges() {
		NewsPost post = this.posts.saveAndFlush(NewsPostBuilder.post().slug("gardee").title("Gardée").build());
		MvcTestResult first = this.mvc.get().uri("/fr/actualites/gardee").exchange();
		assertThat(first).hasStatusOk();
		assertThat(first.getMvcResult().getHandler()).isNotNull();

		MvcTestResult again = this.mvc.get().uri("/fr/actualites/gardee").exchange();
		assertThat(again).hasStatusOk().hasContentType("text/html;charset=UTF-8");
		assertThat(again.getMvcResult().getHandler()).as("no controller ran").isNull();
		assertThat(again.getResponse().getContentAsByteArray()).isEqualTo(first.getResponse().getContentAsByteArray());
		assertThat(again.getResponse().getHeader(HttpHeaders.ETAG))
			.isEqualTo(first.getResponse().getHeader(HttpHeaders.ETAG));
		assertThat(again.getResponse().getHeader(HttpHeaders.CONTENT_LANGUAGE))
			.isEqualTo(first.getResponse().getHeader(HttpHeaders.CONTENT_LANGUAGE));
		for (String header : new String[] { "Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options",
				"Referrer-Policy", "Permissions-Policy", "Cross-Origin-Opener-Policy" }) {
			assertThat(again.getResponse().getHeaders(header)).as(header)
				.isNotEmpty()
				.isEqualTo(first.getResponse().getHeaders(header));
		}
		assertThat(this.mvc.head().uri("/fr/actualites/gardee").exchange().getResponse().getContentAsByteArray())
			.isEmpty();

		post.setTitle("Changée");
		this.posts.saveAndFlush(post);
		MvcTestResult changed = this.mvc.get().uri("/fr/actualites/gardee").exchange();
		assertThat(changed.getMvcResult().getHandler()).isNotNull();
		assertThat(Html.parse(changed).select("h1").text()).isEqualTo("Changée");

		MvcTestResult missing = this.mvc.get().uri("/fr/actualites/absente").exchange();
		assertThat(missing.getResponse().getStatus()).isEqualTo(404);
		assertThat(this.mvc.get().uri("/fr/actualites/absente").exchange().getMvcResult().getHandler())
			.as("a missing page is never kept")
			.isNotNull();
	}

	@Test
	void aParameterNoPageReadsIsAnsweredWithTheKeptPage() {
		this.posts.saveAndFlush(NewsPostBuilder.post().slug("suivie").title("Suivie").build());
		MvcTestResult first = this.mvc.get().uri("/fr/actualites/suivie").exchange();
		assertThat(first.getMvcResult().getHandler()).isNotNull();

		// A post reads no parameter: not even a page number gets past the page kept.
		for (String query : new String[] { "?utm_source=lettre", "?x=" + System.nanoTime(),
				"?page=" + System.nanoTime() }) {
			MvcTestResult tracked = this.mvc.get().uri(URI.create("/fr/actualites/suivie" + query)).exchange();
			assertThat(tracked).as(query).hasStatusOk();
			assertThat(tracked.getMvcResult().getHandler()).as(query + ": no controller ran").isNull();
			assertThat(tracked.getResponse().getContentAsByteArray())
				.isEqualTo(first.getResponse().getContentAsByteArray());
		}
	}

	@Test
	void aListIsKeptForEachPageItShowsAndNothingElse() {
		MvcTestResult first = this.mvc.get().uri("/fr/actualites").exchange();
		assertThat(first.getMvcResult().getHandler()).isNotNull();
		assertThat(this.mvc.get().uri(URI.create("/fr/actualites?fbclid=abc")).exchange().getMvcResult().getHandler())
			.as("a parameter the list does not read")
			.isNull();
		assertThat(this.mvc.get().uri(URI.create("/fr/actualites?page=1")).exchange().getMvcResult().getHandler())
			.as("the page number, which it reads")
			.isNotNull();
		assertThat(this.mvc.get()
			.uri(URI.create("/fr/actualites?page=1&fbclid=abc"))
			.exchange()
			.getMvcResult()
			.getHandler()).isNull();
	}

	@Test
	void anAddressWrittenOtherwiseIsSentToItsOneSpellingAndCannotLeaveAnotherLanguageInTheCache() {
		this.posts.saveAndFlush(NewsPostBuilder.post().slug("une-seule-adresse").title("Une seule adresse").build());
		for (String written : new String[] { "/%66r/actualites", "/%66%72/actualites", "/fr//actualites",
				"/fr/actualites;jsessionid=1", "/fr/%61ctualites" }) {
			MvcTestResult answer = this.mvc.get()
				.uri(URI.create(written + "?page=1"))
				.header(HttpHeaders.ACCEPT_LANGUAGE, "nl")
				.exchange();
			assertThat(answer).as(written).hasStatus(301).hasHeader(HttpHeaders.LOCATION, "/fr/actualites?page=1");
		}
		assertThat(this.mvc.get().uri(URI.create("/fr/actualites/une-seule-adresse%C3%A9")).exchange())
			.as("already as the site writes it")
			.hasStatus(404);
		assertThat(this.mvc.get().uri(URI.create("/fr/actualites/une-seule-adresse%c3%a9")).exchange()).hasStatus(301)
			.hasHeader(HttpHeaders.LOCATION, "/fr/actualites/une-seule-adresse%C3%A9");

		MvcTestResult french = this.mvc.get().uri("/fr/actualites").exchange();
		assertThat(Html.parse(french).select("html").attr("lang")).isEqualTo("fr");
		assertThat(french.getResponse().getHeader(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("fr");
	}

}
