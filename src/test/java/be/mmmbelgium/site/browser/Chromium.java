package be.mmmbelgium.site.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's headless Chromium, driven through Debian's chromedriver: never a browser or
 * driver downloaded by a tool. A machine without them fails the browser tests with a
 * message saying which packages to install.
 */
final class Chromium {

	static final String BROWSER = System.getenv().getOrDefault("MMM_CHROMIUM", "/usr/bin/chromium");

	static final String DRIVER = System.getenv().getOrDefault("MMM_CHROMEDRIVER", "/usr/bin/chromedriver");

	/** Where the screenshots go, for a person to look at after a run. */
	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	/**
	 * The WCAG 2.2 A and AA rules of axe-core, with those of the earlier versions they
	 * include.
	 */
	static final List<String> WCAG_RULES = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private Chromium() {
	}

	static ChromeDriver start(int width, int height) {
		assertThat(new File(BROWSER))
			.as("Browser tests need Debian's Chromium at %s: apt-get install chromium "
					+ "chromium-driver (or set MMM_CHROMIUM)", BROWSER)
			.canRead();
		assertThat(new File(DRIVER).canExecute())
			.as("Browser tests need Debian's chromedriver at %s: apt-get "
					+ "install chromium-driver (or set MMM_CHROMEDRIVER)", DRIVER)
			.isTrue();
		ChromeOptions options = new ChromeOptions().setBinary(BROWSER)
			.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
					"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
					"--autoplay-policy=no-user-gesture-required", "--window-size=" + width + "," + height);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().window().setSize(new Dimension(width, height));
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return driver;
	}

	/** The page in the browser, whole, as a PNG under {@link #SCREENSHOTS}. */
	static void screenshot(ChromeDriver driver, String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			// The whole page, beyond the window's height, as the DevTools protocol
			// captures it.
			Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
					Map.of("format", "png", "captureBeyondViewport", true));
			Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot keep the screenshot " + name, ex);
		}
	}

	/**
	 * Runs axe-core in the page and fails on any violation of the WCAG 2.2 A and AA
	 * rules.
	 */
	static void assertAccessible(ChromeDriver driver, String page) {
		Results results = new AxeBuilder().withTags(WCAG_RULES).analyze(driver);
		assertThat(results.getViolations())
			.as("axe-core violations on %s: %s", page,
					results.getViolations().stream().map(Chromium::describe).toList())
			.isEmpty();
		assertThat(results.getPasses()).as("axe-core ran its rules on %s", page).isNotEmpty();
	}

	private static String describe(Rule rule) {
		return rule.getId() + " (" + rule.getHelp() + ") at "
				+ rule.getNodes().stream().map((node) -> String.valueOf(node.getTarget())).toList();
	}

}
