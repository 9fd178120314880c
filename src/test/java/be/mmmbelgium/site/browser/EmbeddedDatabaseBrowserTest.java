package be.mmmbelgium.site.browser;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import be.mmmbelgium.site.account.Role;
import be.mmmbelgium.site.test.EmbeddedDatabase;
import be.mmmbelgium.site.test.RetiredConnections;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The back-office in Chromium on the README's embedded default, across the renewal of
 * every connection of the pool: a volunteer who opened a form before the pool retired
 * every connection it had saves it after, writes a page, then publishes an earlier post.
 * The connections are retired as the end of their lifetime retires them (30 minutes by
 * default), without waiting for it. A connection from outside the pool stays open
 * meanwhile, as a pool grown over time keeps younger connections while its first ones
 * end. On H2 2.4, every save then failed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "mmm.demo-content=")
class EmbeddedDatabaseBrowserTest extends Browsing {

	@Autowired
	DataSource dataSource;

	@DynamicPropertySource
	static void keepTheDatabaseInTarget(DynamicPropertyRegistry registry) {
		EmbeddedDatabase.inTarget(registry);
	}

	@Test
	void aVolunteerSavesAndPublishesAfterThePoolHasRenewedEveryConnection() throws SQLException {
		ChromeDriver admin = browser(1280);
		signIn(admin, person(Role.ADMIN));
		String post = save(admin, "/admin/news/new", "Écrit avant le renouvellement", "L’actualité est enregistrée.");

		admin.get(url("/admin/news/new"));
		type(admin, "title", "Commencé avant le renouvellement");
		type(admin, "body", "Le texte tapé pendant que les connexions vieillissent.");
		try (Connection outsideThePool = RetiredConnections.outsideThePool(this.dataSource)) {
			RetiredConnections.retireAll(this.dataSource, outsideThePool);

			press(admin, "SAVE");
			waiting(admin).until((driver) -> status(driver).contains("L’actualité est enregistrée."));
			save(admin, "/admin/pages/new", "Une page écrite après le renouvellement", "La page est enregistrée.");

			admin.get(url(post));
			type(admin, "body", "Publié après le renouvellement des connexions.");
			press(admin, "PUBLISH");
			waiting(admin).until((driver) -> status(driver).contains("Le contenu est publié"));
			admin.get(url(admin.findElement(By.linkText("Voir sur le site")).getDomAttribute("href")));
			assertThat(admin.findElement(By.tagName("h1")).getText()).isEqualTo("Écrit avant le renouvellement");
			assertThat(admin.findElement(By.tagName("main")).getText())
				.contains("Publié après le renouvellement des connexions.");
		}
	}

	private String save(ChromeDriver browser, String form, String title, String saved) {
		browser.get(url(form));
		type(browser, "title", title);
		type(browser, "body", "Un premier texte.");
		press(browser, "SAVE");
		waiting(browser).until((driver) -> status(driver).contains(saved));
		return browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf("/admin/"));
	}

}
