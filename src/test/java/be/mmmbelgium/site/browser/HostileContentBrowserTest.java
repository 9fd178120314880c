package be.mmmbelgium.site.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import be.mmmbelgium.site.hostile.HostileInputs;
import be.mmmbelgium.site.news.NewsPostBuilder;
import be.mmmbelgium.site.news.NewsPostRepository;
import be.mmmbelgium.site.test.PostgresTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile content in Debian's headless Chromium: a published post whose title, summary
 * and body hold script, event-handler and {@code javascript:} payloads, shown on its
 * page, in the news list and on the home page, and a search for a payload. Nothing runs:
 * no alert opens, the sentinel a payload would set stays undefined and no element of a
 * payload exists. Since the Content-Security-Policy alone would stop inline script, the
 * HTML the server sent is also checked: every payload in it is text.
 */
// A context of its own, so that no other test meets the hostile post.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.application.name=hostile-content-browser-test")
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileContentBrowserTest {

	static final String SLUG = "contenu-hostile";

	@LocalServerPort
	int port;

	@Autowired
	NewsPostRepository posts;

	ChromeDriver browser;

	@BeforeAll
	void publishAHostilePostAndStartTheBrowser() {
		String body = String.join("\n\n", HostileInputs.MARKDOWN.stream().map(HostileInputs.Hostile::value).toList())
				+ "\n\n" + HostileInputs.MARKUP.get(2).value();
		this.posts.saveAndFlush(NewsPostBuilder.post()
			.slug(SLUG)
			.title("Hostile " + HostileInputs.MARKUP.get(0).value() + HostileInputs.MARKUP.get(2).value())
			.excerpt(HostileInputs.MARKUP.get(4).value() + HostileInputs.MARKUP.get(6).value())
			.body(body)
			.build());
		this.browser = Chromium.start(1280, 900);
	}

	@AfterAll
	void stopTheBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void storedAndReflectedPayloadsStayText() throws Exception {
		for (String path : List.of("/fr/actualites/" + SLUG, "/fr/actualites", "/fr/", "/fr/recherche?q=hostile",
				"/fr/recherche?q=" + HostileInputs.urlEncoded(HostileInputs.MARKUP.get(2).value()),
				"/fr/recherche?q=" + HostileInputs.urlEncoded(HostileInputs.MARKUP.get(1).value()))) {
			HttpResponse<String> sent = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
						HttpResponse.BodyHandlers.ofString());
			assertThat(sent.statusCode()).as(path).isEqualTo(200);
			assertThat(HostileInputs.liveMarkup(Jsoup.parse(sent.body()))).as("live markup sent for %s", path)
				.isEmpty();

			this.browser.get("http://localhost:" + this.port + path);
			for (WebElement link : this.browser.findElements(By.cssSelector("main a[href]"))) {
				assertThat(link.getDomAttribute("href")).as(path)
					.doesNotContainIgnoringCase("javascript:")
					.doesNotStartWith("data:");
			}
			assertThat(this.browser.executeScript("return typeof window." + HostileInputs.SENTINEL + ";"))
				.as("sentinel on %s", path)
				.isEqualTo("undefined");
			assertThat(this.browser.executeScript("return document.querySelectorAll('[id*=pwned]').length;"))
				.as("payload elements on %s", path)
				.isEqualTo(0L);
			assertThat(noAlert()).as("no alert on %s", path).isTrue();
		}
		assertThat(this.browser.getPageSource()).contains("pwned");
	}

	private boolean noAlert() {
		try {
			this.browser.switchTo().alert();
			return false;
		}
		catch (NoAlertPresentException ex) {
			return true;
		}
	}

}
