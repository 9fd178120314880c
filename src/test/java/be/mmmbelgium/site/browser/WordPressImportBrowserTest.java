package be.mmmbelgium.site.browser;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.core.io.ClassPathResource;

import be.mmmbelgium.site.account.Account;
import be.mmmbelgium.site.account.Role;
import be.mmmbelgium.site.test.TestMedia;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin brings the old WordPress site over in the back-office, and finds it on the
 * public site: both languages, linked as translations, with their pictures, and the old
 * addresses leading to the new pages.
 */
class WordPressImportBrowserTest extends BackOfficeBrowsing {

	@TempDir
	Path work;

	@Test
	void anAdminSeesTheDryRunImportsAndFindsThePostsInBothLanguagesWithTheirPictures() throws IOException {
		Path export = this.work.resolve("export.xml");
		Files.write(export, new ClassPathResource("wordpress/polylang-export.xml").getContentAsByteArray());
		Path uploads = this.work.resolve("uploads.zip");
		try (OutputStream file = Files.newOutputStream(uploads); ZipOutputStream zip = new ZipOutputStream(file)) {
			zip.putNextEntry(new ZipEntry("wp-content/uploads/2019/05/photo-de-groupe.png"));
			zip.write(TestMedia.png(640, 480));
			zip.putNextEntry(new ZipEntry("wp-content/uploads/2019/05/analyse-conge-parental.pdf"));
			zip.write(TestMedia.pdf());
			zip.putNextEntry(new ZipEntry("../../escape.txt"));
			zip.write("outside".getBytes());
		}
		Account admin = person(Role.ADMIN);
		ChromeDriver browser = browser(375);
		signIn(browser, admin);

		browser.get(url("/admin/import"));
		browser.findElement(By.id("export")).sendKeys(export.toString());
		browser.findElement(By.id("uploads")).sendKeys(uploads.toString());
		send(browser);

		waiting(browser).until((driver) -> driver.getPageSource().contains("Ce que l’import ferait"));
		assertThat(status(browser)).contains("Rien n’a encore changé");
		WebElement all = browser.findElement(By.cssSelector("main details summary"));
		browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", all);
		all.sendKeys(Keys.ENTER);
		String plan = browser.findElement(By.tagName("main")).getText();
		assertThat(plan).contains("Congé parental : ce qui change", "Créé",
				"/fr/actualites/conge-parental-ce-qui-change", "Über uns", "Non repris");
		Chromium.assertAccessible(browser, "the dry run of an import at 375 px");
		assertThat(((Number) browser.executeScript("return document.documentElement.scrollWidth;")).longValue())
			.as("the report fits the phone's width")
			.isLessThanOrEqualTo(375);

		send(browser);
		waiting(browser).until((driver) -> status(driver).contains("L’import est terminé"));
		assertThat(status(browser)).contains("rien n’a été refusé");
		Chromium.screenshot(browser, "admin-import-done-375");

		browser.get(url("/fr/actualites/conge-parental-ce-qui-change"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Congé parental : ce qui change");
		WebElement picture = browser
			.findElement(By.cssSelector("main article img[alt='Des mères devant le Parlement']"));
		assertThat(picture.getAttribute("src")).contains("/media/");
		waiting(browser)
			.until((driver) -> ((Number) browser.executeScript("return arguments[0].naturalWidth;", picture))
				.intValue() > 0);

		browser.findElement(By.cssSelector("a[hreflang=nl]")).click();
		waiting(browser)
			.until((driver) -> driver.getCurrentUrl().endsWith("/nl/nieuws/ouderschapsverlof-wat-verandert-er"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Ouderschapsverlof: wat verandert er");

		browser.get(url("/2019/05/conge-parental-ce-qui-change/"));
		assertThat(browser.getCurrentUrl()).endsWith("/fr/actualites/conge-parental-ce-qui-change");
		browser.get(url("/?page_id=21"));
		assertThat(browser.getCurrentUrl()).endsWith("/fr/notre-mission");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Notre mission");
	}

	/** Presses the page's form button, as someone who scrolled to it would. */
	private static void send(ChromeDriver browser) {
		WebElement button = browser.findElement(By.cssSelector("main form button[type=submit]"));
		browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
		button.sendKeys(Keys.ENTER);
	}

}
