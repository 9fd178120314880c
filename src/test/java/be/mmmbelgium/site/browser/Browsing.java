package be.mmmbelgium.site.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import be.mmmbelgium.site.account.Account;
import be.mmmbelgium.site.account.AccountFixtures;
import be.mmmbelgium.site.account.AccountRepository;
import be.mmmbelgium.site.account.Role;
import be.mmmbelgium.site.account.TestAccounts;
import be.mmmbelgium.site.test.TestMedia;

/**
 * What browser tests of the back-office share, wherever the site runs: people of each
 * role, Chromium windows that close after each test, and the gestures of someone using
 * the back-office. A subclass says where the site runs, on a real server.
 */
abstract class Browsing {

	@LocalServerPort
	int port;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	final List<ChromeDriver> browsers = new ArrayList<>();

	@AfterEach
	void stopTheBrowsers() {
		this.browsers.forEach(ChromeDriver::quit);
	}

	ChromeDriver browser(int width) {
		ChromeDriver browser = Chromium.start(width, 900);
		this.browsers.add(browser);
		return browser;
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	static WebDriverWait waiting(ChromeDriver browser) {
		// A page being replaced by the next one leaves stale elements behind: looked for
		// again. Chromium says so as a stale element, or as a node that "does not belong
		// to the document"; a wait that ends without its condition still reports the last
		// of them.
		return (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(30))
			.ignoring(StaleElementReferenceException.class)
			.ignoring(WebDriverException.class);
	}

	Account person(Role role) {
		return this.accounts.saveAndFlush(TestAccounts.account(role, this.encoder));
	}

	void signIn(ChromeDriver browser, Account account) {
		browser.get(url("/admin/login"));
		fillSignIn(browser, account);
		waiting(browser).until((driver) -> !driver.getCurrentUrl().contains("/admin/login"));
	}

	static void fillSignIn(ChromeDriver browser, Account account) {
		browser.findElement(By.id("email")).sendKeys(account.getEmail());
		browser.findElement(By.id("password")).sendKeys(AccountFixtures.PASSWORD);
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
	}

	static void type(ChromeDriver browser, String id, String text) {
		WebElement field = browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	/**
	 * Presses the button of the item's form that saves it and then does {@code intent}.
	 */
	static void press(ChromeDriver browser, String intent) {
		WebElement button = browser.findElement(By.cssSelector("main form button[name=intent][value=" + intent + "]"));
		browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
		button.sendKeys(Keys.ENTER);
	}

	/** What the page says in its status notices, as a screen reader announces them. */
	static String status(WebDriver browser) {
		return browser.findElements(By.cssSelector("main [role=status]"))
			.stream()
			.map(WebElement::getText)
			.reduce("", (a, b) -> a + "\n" + b);
	}

	static String photo() {
		try {
			Path file = Files.createTempFile("photo-", ".jpg");
			Files.write(file, TestMedia.jpegWithExif(1600, 1000, 1));
			file.toFile().deleteOnExit();
			return file.toAbsolutePath().toString();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
