package be.mmmbelgium.site.demo;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import be.mmmbelgium.site.test.DemoSiteTest;
import be.mmmbelgium.site.test.Html;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Follows every link of the public site, from the three home pages, over the demo
 * content, and checks what every page owes its visitors: it answers, speaks the language
 * of its path, names its translations, has one main heading, sets no cookie, and loads
 * nothing from another host.
 */
@DemoSiteTest
class PublicSiteCrawlIntegrationTest {

	@Autowired
	MockMvcTester mvc;

	@Test
	void everyPageReachableFromTheHomePagesIsSoundAndSelfContained() {
		Set<String> seen = new LinkedHashSet<>();
		Deque<String> queue = new ArrayDeque<>(List.of("/fr/", "/nl/", "/en/"));
		while (!queue.isEmpty()) {
			String path = queue.poll();
			if (!seen.add(path)) {
				continue;
			}
			MvcTestResult result = this.mvc.get().uri(path).exchange();
			if (path.startsWith("/media/")) {
				assertThat(result).as(path).hasStatusOk();
				continue;
			}
			assertThat(result).as(path).hasStatusOk().doesNotContainHeader("Set-Cookie");
			Document page = Html.parse(result);
			checkPage(path, page);
			for (Element link : page.select("a[href]")) {
				String href = link.attr("href");
				if (href.startsWith("/") && !href.startsWith("//")) {
					queue.add(href);
				}
			}
		}
		assertThat(seen).as("pages crawled").hasSizeGreaterThan(60);
	}

	private static void checkPage(String path, Document page) {
		String language = path.substring(1, 3);
		assertThat(page.select("html").attr("lang")).as(path).isEqualTo(language);
		assertThat(page.select("h1")).as(path + " has one h1").hasSize(1);
		assertThat(page.select("main#main")).as(path).hasSize(1);
		assertThat(page.select("title").text()).as(path).isNotBlank();
		assertThat(Html.alternates(page)).as(path).containsKeys(language, "x-default");
		assertThat(page.select("link[rel=canonical]").attr("href")).as(path)
			.startsWith("https://www.example.test/" + language + "/");
		assertThat(page.select("script:not([type=application/ld+json])")).as(path).isEmpty();
		for (Element resource : page
			.select("[src], link[rel=stylesheet], link[rel=icon], link[rel=apple-touch-icon]")) {
			String url = resource.hasAttr("src") ? resource.attr("src") : resource.attr("href");
			assertThat(url).as(path + ": " + resource.tagName() + " from the site itself")
				.startsWith("/")
				.doesNotStartWith("//");
		}
		for (Element image : page.select("img")) {
			assertThat(image.hasAttr("alt")).as(path + ": " + image.attr("src") + " has an alt attribute").isTrue();
			assertThat(image.attr("width")).as(path + ": " + image.attr("src") + " has its size").isNotBlank();
		}
	}

}
