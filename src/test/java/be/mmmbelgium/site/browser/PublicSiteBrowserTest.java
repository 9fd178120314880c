package be.mmmbelgium.site.browser;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import be.mmmbelgium.site.test.DemoSiteTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public site in Debian's headless Chromium, over the demo content: a visitor's
 * journey from the home page to a post, into another language and on to a podcast episode
 * whose audio plays; then every kind of public page at a phone's and a desktop's width,
 * checked by axe-core against WCAG 2.2 A and AA, and kept as a screenshot.
 */
@DemoSiteTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicSiteBrowserTest {

	@LocalServerPort
	int port;

	ChromeDriver desktop;

	@BeforeAll
	void startTheBrowser() {
		this.desktop = Chromium.start(1280, 900);
	}

	@AfterAll
	void stopTheBrowser() {
		if (this.desktop != null) {
			this.desktop.quit();
		}
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	WebDriverWait waiting(ChromeDriver driver) {
		// A page being replaced by the next one leaves stale elements behind: looked for
		// again.
		return (WebDriverWait) new WebDriverWait(driver, Duration.ofSeconds(10))
			.ignoring(StaleElementReferenceException.class);
	}

	@Test
	void aVisitorReadsAPostSwitchesLanguageAndListensToAnEpisode() {
		ChromeDriver browser = this.desktop;
		browser.get(url("/fr/"));
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");

		WebElement firstNews = browser.findElement(By.cssSelector(".home-news h3 a"));
		String title = firstNews.getText();
		firstNews.click();
		waiting(browser).until((driver) -> driver.getCurrentUrl().contains("/fr/actualites/"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);

		browser.findElement(By.cssSelector(".language-switcher a[hreflang=nl]")).click();
		waiting(browser).until((driver) -> driver.getCurrentUrl().contains("/nl/"));
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");

		browser.findElement(By.cssSelector(".main-nav a[href='/nl/podcasts']")).click();
		browser.findElement(By.cssSelector("main a[href^='/nl/podcasts/']")).click();
		waiting(browser).until((driver) -> !driver.findElements(By.cssSelector(".feed-address")).isEmpty());
		click(browser, browser.findElement(By.cssSelector(".episode-card .card-title a")));
		WebElement audio = waiting(browser).until((driver) -> driver.findElement(By.tagName("audio")));

		JavascriptExecutor script = browser;
		script.executeScript("arguments[0].play();", audio);
		waiting(browser).until((driver) -> ((Number) script.executeScript("return arguments[0].currentTime;", audio))
			.doubleValue() > 0.2);
		assertThat((Boolean) script.executeScript("return arguments[0].paused;", audio)).isFalse();
		assertThat((Boolean) script.executeScript("return arguments[0].error === null;", audio)).isTrue();
	}

	/**
	 * Follows a link low on a long page: scrolled to the middle of the window, then
	 * activated as the keyboard's Enter key would.
	 */
	static void click(ChromeDriver browser, WebElement link) {
		browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", link);
		link.sendKeys(Keys.ENTER);
	}

	/**
	 * One page of each kind, found through the site's own links where they depend on the
	 * content.
	 */
	Map<String, String> pageOfEachKind() {
		ChromeDriver browser = this.desktop;
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("home", "/fr/");
		pages.put("news-list", "/fr/actualites");
		browser.get(url("/fr/actualites"));
		pages.put("news-archive", path(browser.findElement(By.cssSelector(".sidebar a"))));
		pages.put("news-post", path(browser.findElement(By.cssSelector(".card-list .card-title a"))));
		browser.get(url(pages.get("news-post")));
		browser.findElements(By.cssSelector(".tag-list a"))
			.stream()
			.findFirst()
			.ifPresent((tag) -> pages.put("news-subject", path(tag)));
		pages.put("page", "/fr/mission-et-vision");
		pages.put("podcasts", "/fr/podcasts");
		pages.put("podcast-series", "/fr/podcasts/une-mere-presque-parfaite");
		pages.put("podcast-episode", "/fr/podcasts/une-mere-presque-parfaite/le-mythe-de-la-mere-parfaite");
		pages.put("search", "/fr/recherche?q=m%C3%A8res");
		pages.put("search-nl", "/nl/zoeken?q=moeder");
		pages.put("not-found", "/fr/cette-page-n-existe-pas");
		return pages;
	}

	static String path(WebElement link) {
		return link.getDomAttribute("href");
	}

	@Test
	void everyKindOfPublicPageIsAccessibleAtPhoneAndDesktopWidths() {
		Map<String, String> pages = pageOfEachKind();
		assertThat(pages).containsKey("news-subject");
		ChromeDriver phone = Chromium.start(375, 800);
		try {
			for (Map.Entry<String, String> page : pages.entrySet()) {
				for (ChromeDriver browser : new ChromeDriver[] { this.desktop, phone }) {
					browser.get(url(page.getValue()));
					int width = ((Number) browser.executeScript("return window.innerWidth;")).intValue();
					Chromium.assertAccessible(browser, page.getKey() + " at " + width + " px");
					assertThat(
							((Number) browser.executeScript("return document.documentElement.scrollWidth;")).intValue())
						.as("%s fits %d px without scrolling sideways", page.getKey(), width)
						.isLessThanOrEqualTo(width);
					Chromium.screenshot(browser, "public-" + page.getKey() + "-" + (browser == phone ? 375 : 1280));
				}
			}
		}
		finally {
			phone.quit();
		}
	}

}
