package be.mmmbelgium.site.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import be.mmmbelgium.site.test.PostgresTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a visitor sees when something is wrong, through a real server: a page of the site
 * in their language with a 4xx or 5xx status, and never a stack trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@PostgresTest
@Import(ErrorPagesIntegrationTest.FailingController.class)
class ErrorPagesIntegrationTest {

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void anUnknownPageIsA404PageInTheLanguageOfItsPath() throws Exception {
		HttpResponse<String> dutch = get("/nl/bestaat-niet", "text/html");
		HttpResponse<String> english = get("/en/news/no-such-post", "*/*");

		assertThat(dutch.statusCode()).isEqualTo(404);
		assertThat(page(dutch).select("h1").text()).isEqualTo("Pagina niet gevonden");
		assertThat(page(dutch).select("html").attr("lang")).isEqualTo("nl");
		assertThat(english.statusCode()).isEqualTo(404);
		assertThat(english.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(page(english).select("h1").text()).isEqualTo("Page not found");
	}

	@Test
	void anAddressOfTheOldSiteAnswersARedirectInsteadOfTheNotFoundPage() throws Exception {
		// Seeded by the migration; the server would otherwise show its 404 page here.
		for (String path : new String[] { "/conge-de-maternite/", "/nl/als-de-wereld-verandert",
				"/nl/mobilisaties/moeders-voor-vrede/" }) {
			HttpResponse<String> response = get(path, "text/html");
			assertThat(response.statusCode()).as(path).isEqualTo(301);
			assertThat(response.headers().firstValue("Location")).as(path)
				.hasValueSatisfying((location) -> assertThat(location).matches("/(fr|nl)/[a-z-]+"));
			assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).isPresent();
			assertThat(response.headers().firstValue("Set-Cookie")).as(path).isEmpty();
			assertThat(response.body()).as(path).isEmpty();
		}
	}

	@Test
	void anUnknownLanguageIsA404PageInTheBrowsersLanguage() throws Exception {
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(uri("/de/startseite")).header("Accept-Language", "en").build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(page(response).select("h1").text()).isEqualTo("Page not found");
	}

	@Test
	void aMalformedPageNumberIsA400Page() throws Exception {
		HttpResponse<String> response = get("/fr/actualites?page=99999999999", "text/html");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(page(response).select("h1").text()).isEqualTo("Adresse incorrecte");
	}

	@Test
	void encodedSlashesAndNulBytesInThePathAreRefusedWithAReadablePage() throws Exception {
		for (String path : new String[] { "/fr/a%2Fb", "/fr/actualites/%2e%2e%2f%2e%2e%2fetc", "/fr/a%00b",
				"/fr/actualites/x%5C..%5Cy" }) {
			HttpResponse<String> response = get(path, "text/html");
			assertThat(response.statusCode()).as(path).isBetween(400, 404);
			assertThat(page(response).select("h1").text()).as(path).isNotBlank();
			assertThat(response.body()).as(path).doesNotContain("Tomcat", "Exception", "at org.");
		}
	}

	@Test
	void aFailureIsA500PageWithoutAnyDetail() throws Exception {
		HttpResponse<String> response = get("/fr/test-failure", "text/html");

		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(page(response).select("h1").text()).isEqualTo("Le site rencontre un problème");
		assertThat(response.body()).doesNotContain("IllegalStateException", "secret detail", "at be.");
	}

	@Test
	void theErrorPageItselfIsNotAPage() throws Exception {
		assertThat(get("/error", "text/html").statusCode()).isEqualTo(404);
	}

	@Test
	void everyResponseCarriesTheSecurityHeaders() throws Exception {
		for (String path : new String[] { "/fr/", "/fr/bestaat-niet", "/css/site.css", "/admin/login" }) {
			HttpResponse<String> response = get(path, "text/html");
			assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
				.hasValueSatisfying(
						(policy) -> assertThat(policy).contains("default-src 'self'", "frame-ancestors 'none'")
							.doesNotContain("unsafe-inline"));
			assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
			assertThat(response.headers().firstValue("Referrer-Policy")).as(path)
				.contains("strict-origin-when-cross-origin");
		}
	}

	@Test
	void pagesAreCompressedForBrowsersThatAskForIt() throws Exception {
		HttpResponse<byte[]> response = this.http.send(
				HttpRequest.newBuilder(uri("/fr/")).header("Accept-Encoding", "gzip").build(),
				HttpResponse.BodyHandlers.ofByteArray());

		assertThat(response.headers().firstValue("Content-Encoding")).contains("gzip");
		assertThat(response.headers().firstValue("ETag"))
			.hasValueSatisfying((etag) -> assertThat(etag).startsWith("W/"));
	}

	@Test
	void theBackOfficeSessionCookieIsHttpOnlyAndSameSiteAndPagesAreNotCached() throws Exception {
		HttpResponse<String> login = get("/admin/login", "text/html");

		assertThat(login.headers().firstValue("Set-Cookie"))
			.hasValueSatisfying((cookie) -> assertThat(cookie).startsWith("MMM_SESSION=")
				.contains("HttpOnly", "SameSite=Lax")
				.doesNotContain("Secure"));
		assertThat(login.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((cache) -> assertThat(cache).contains("no-store"));
		assertThat(get("/fr/", "text/html").headers().firstValue("Set-Cookie")).isEmpty();
	}

	@Test
	void errorPagesSetNoCookie() throws Exception {
		assertThat(get("/fr/bestaat-niet", "text/html").headers().firstValue("Set-Cookie")).isEmpty();
	}

	private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static Document page(HttpResponse<String> response) {
		return Jsoup.parse(response.body());
	}

	@TestConfiguration(proxyBeanMethods = false)
	@RestController
	static class FailingController {

		@GetMapping("/fr/test-failure")
		String fail() {
			throw new IllegalStateException("secret detail");
		}

	}

}
