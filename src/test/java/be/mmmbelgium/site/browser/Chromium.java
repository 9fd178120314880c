package be.mmmbelgium.site.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
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

	/**
	 * The next browser, started while a test uses the last one given: each test still
	 * gets a browser of its own, never used before, without waiting for it to start.
	 */
	private static CompletableFuture<ChromeDriver> next;

	/** A new browser, of its own profile, with a window of the given size. */
	static synchronized ChromeDriver start(int width, int height) {
		assertThat(new File(BROWSER))
			.as("Browser tests need Debian's Chromium at %s: apt-get install chromium "
					+ "chromium-driver (or set MMM_CHROMIUM)", BROWSER)
			.canRead();
		assertThat(new File(DRIVER).canExecute())
			.as("Browser tests need Debian's chromedriver at %s: apt-get "
					+ "install chromium-driver (or set MMM_CHROMEDRIVER)", DRIVER)
			.isTrue();
		ChromeDriver driver = (next != null) ? started(next, width, height) : launch(width, height);
		if (next == null) {
			Runtime.getRuntime().addShutdownHook(new Thread(Chromium::stopTheNext));
		}
		next = CompletableFuture.supplyAsync(() -> launch(width, height));
		driver.manage().window().setSize(new Dimension(width, height));
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return driver;
	}

	private static ChromeDriver launch(int width, int height) {
		ChromeOptions options = new ChromeOptions().setBinary(BROWSER)
			.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
					"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
					"--autoplay-policy=no-user-gesture-required", "--window-size=" + width + "," + height);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
			.usingAnyFreePort()
			.build();
		return new ChromeDriver(service, options);
	}

	/** The browser started in advance; one that failed to start is started again. */
	private static ChromeDriver started(CompletableFuture<ChromeDriver> browser, int width, int height) {
		try {
			return browser.join();
		}
		catch (CompletionException ex) {
			return launch(width, height);
		}
	}

	/** Stops the browser started in advance and never given, as the tests end. */
	private static synchronized void stopTheNext() {
		try {
			next.get(30, TimeUnit.SECONDS).quit();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException | TimeoutException ex) {
			// Never started: nothing to stop.
		}
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
	 * rules. Only those rules run (axe-core's {@code runOnly}); every element that
	 * violates one is reported, while a rule that passes is reported with its first
	 * element only ({@code resultTypes}), which spares axe-core describing every element
	 * that passes. axe-core runs in the page itself ("legacy mode"), without the blank
	 * window the default mode opens to gather the results of frames from other origins:
	 * the site's pages have no frame.
	 */
	static void assertAccessible(ChromeDriver driver, String page) {
		AxeRunOnlyOptions rules = new AxeRunOnlyOptions();
		rules.setType("tag");
		rules.setValues(WCAG_RULES);
		AxeRunOptions options = new AxeRunOptions();
		options.setRunOnly(rules);
		options.setResultTypes(List.of("violations"));
		Results results = new AxeBuilder().withOptions(options).setLegacyMode().analyze(driver);
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
