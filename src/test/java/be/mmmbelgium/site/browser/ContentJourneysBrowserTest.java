package be.mmmbelgium.site.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import be.mmmbelgium.site.account.Role;
import be.mmmbelgium.site.podcast.PodcastBuilders;
import be.mmmbelgium.site.podcast.PodcastSeries;
import be.mmmbelgium.site.test.TestMedia;
import be.mmmbelgium.site.web.Language;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every journey of every kind of content, in Chromium, by the people who take it: the
 * writer creates an item, saves it, previews it, submits it; the publisher opens it,
 * publishes it, looks at it on the site, unpublishes it, trashes it, restores it,
 * schedules it; then it is translated, and two of its revisions are compared and one
 * restored. Each step checks what the person sees; what a role may not do is not offered
 * to it.
 */
class ContentJourneysBrowserTest extends BackOfficeBrowsing {

	@Autowired
	EntityManager entities;

	@Autowired
	TransactionTemplate transactions;

	/** A kind of content as the back-office offers it. */
	enum Kind {

		NEWS("/admin/news", Role.CONTRIBUTOR, Role.EDITOR, "body", "L’actualité est enregistrée."),

		EPISODE("/admin/episodes", Role.CONTRIBUTOR, Role.EDITOR, "showNotes", "L’épisode est enregistré."),

		PAGE("/admin/pages", Role.ADMIN, Role.ADMIN, "body", "La page est enregistrée."),

		SERIES("/admin/podcasts", Role.EDITOR, Role.EDITOR, "description",
				"Les réglages de la série sont enregistrés.");

		final String path;

		final Role writer;

		final Role publisher;

		final String textField;

		final String saved;

		Kind(String path, Role writer, Role publisher, String textField, String saved) {
			this.path = path;
			this.writer = writer;
			this.publisher = publisher;
			this.textField = textField;
			this.saved = saved;
		}

		boolean reviewed() {
			return this.writer != this.publisher;
		}

	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void everyJourneyOfTheKindWorksForThePeopleWhoTakeIt(Kind kind) {
		String title = "Parcours " + kind.name().toLowerCase() + " " + System.nanoTime() % 100_000;
		ChromeDriver writer = browser(1280);
		signIn(writer, person(kind.writer));

		// Create and save.
		if (kind == Kind.EPISODE) {
			series();
		}
		writer.get(url(kind.path + "/new"));
		fill(writer, kind, title);
		press(writer, "SAVE");
		waiting(writer).until((driver) -> driver.getCurrentUrl().matches(".*" + kind.path + "/\\d+$"));
		String item = writer.getCurrentUrl().substring(writer.getCurrentUrl().indexOf(kind.path));
		assertThat(status(writer)).contains(kind.saved);
		assertThat(writer.findElement(By.id("title")).getDomProperty("value")).isEqualTo(title);

		// Preview, for the kinds shown on a page of their own before publication.
		List<WebElement> preview = writer.findElements(By.cssSelector("main a[href$='/preview']"));
		if (kind != Kind.SERIES) {
			assertThat(preview).as("a preview is offered").hasSize(1);
			writer.get(preview.get(0).getDomAttribute("href").startsWith("/")
					? url(preview.get(0).getDomAttribute("href")) : preview.get(0).getDomAttribute("href"));
			assertThat(writer.findElement(By.tagName("h1")).getText()).isEqualTo(title);
			writer.navigate().back();
		}

		// Submit for review, where someone else publishes.
		if (kind.reviewed()) {
			assertThat(buttons(writer)).as("what a writer is offered").containsExactly("SAVE", "SUBMIT");
			assertThat(writer.findElements(By.cssSelector("form[action$='/trash']"))).as("trash, for publishers only")
				.isEmpty();
			typeText(writer, kind, "Le texte relu, corrigé juste avant de le proposer.");
			press(writer, "SUBMIT");
			waiting(writer).until((driver) -> status(driver).contains("proposé à la relecture"));
			assertThat(writer.findElement(By.id(kind.textField)).getDomProperty("value"))
				.isEqualTo("Le texte relu, corrigé juste avant de le proposer.");
		}

		// The publisher finds it in the list, opens it and publishes it.
		ChromeDriver publisher = kind.reviewed() ? browser(1280) : writer;
		if (kind.reviewed()) {
			signIn(publisher, person(kind.publisher));
			publisher.get(url(kind.path));
			WebElement row = publisher.findElement(By.xpath("//tr[.//a[normalize-space()='" + title + "']]"));
			assertThat(row.getText()).contains("À relire");
			publisher.get(url(item));
			assertThat(publisher.findElement(By.cssSelector("main")).getText()).contains("Proposé à la relecture le");
		}
		assertThat(buttons(publisher)).as("what a publisher is offered").containsExactly("SAVE", "PUBLISH");
		typeText(publisher, kind, "Le texte publié, dans sa version finale.");
		press(publisher, "PUBLISH");
		waiting(publisher).until((driver) -> status(driver).contains("Le contenu est publié"));
		String live = publisher.findElement(By.linkText("Voir sur le site")).getDomAttribute("href");
		publisher.get(url(live));
		assertThat(publisher.findElement(By.tagName("h1")).getText()).isEqualTo(title);

		// Update: changes to the published item stay off the site until they are
		// published, reviewed first where someone else publishes.
		ChromeDriver updater = kind.reviewed() ? writer : publisher;
		updater.get(url(item));
		typeText(updater, kind, "Le texte mis à jour après publication.");
		press(updater, kind.reviewed() ? "SUBMIT" : "SAVE");
		waiting(updater).until((driver) -> status(driver).contains("Le site montre toujours la version publiée"));
		ChromeDriver reader = browser(375);
		reader.get(url(live));
		assertThat(reader.findElement(By.tagName("main")).getText()).contains("version finale")
			.doesNotContain("mis à jour après publication");
		publisher.get(url(item));
		assertThat(publisher.findElement(By.id("pending-title")).getText())
			.isEqualTo("Modifications pas encore en ligne");
		if (kind.reviewed()) {
			assertThat(publisher.findElement(By.cssSelector(".pending")).getText())
				.contains("Proposées à la relecture le");
			act(publisher, item + "/changes/publish");
		}
		else {
			press(publisher, "PUBLISH");
		}
		waiting(publisher).until((driver) -> status(driver).contains("Les modifications sont publiées"));
		// A browser that has kept nothing: the one above may keep the page it read for a
		// while.
		reader = browser(375);
		reader.get(url(live));
		assertThat(reader.findElement(By.tagName("main")).getText()).contains("mis à jour après publication");

		// Unpublish: a visitor (whose browser has kept nothing) no longer finds it.
		publisher.get(url(item));
		act(publisher, item + "/unpublish");
		publisher.switchTo().alert().accept();
		waiting(publisher).until((driver) -> status(driver).contains("n’est plus publié"));
		ChromeDriver visitor = browser(375);
		visitor.get(url(live));
		assertThat(visitor.findElement(By.tagName("h1")).getText()).isNotEqualTo(title);

		// Trash, confirmed, and restore.
		publisher.get(url(item));
		act(publisher, item + "/trash");
		publisher.switchTo().alert().accept();
		waiting(publisher).until((driver) -> status(driver).contains("dans la corbeille"));
		publisher.get(url(kind.path + "?stage=TRASHED"));
		assertThat(publisher.findElement(By.cssSelector("main table")).getText()).contains(title);
		publisher.get(url(item));
		act(publisher, item + "/restore");
		waiting(publisher).until((driver) -> status(driver).contains("restauré comme brouillon"));

		// Schedule: a date to come, then publish.
		publisher.executeScript("document.getElementById('publishAt').value = '2031-05-08T10:00';");
		press(publisher, "PUBLISH");
		waiting(publisher).until((driver) -> status(driver).contains("La publication est programmée"));
		assertThat(publisher.findElement(By.cssSelector("main .meta")).getText()).contains("Programmée");

		// Translate into Dutch: a draft of its own, in Dutch.
		if (kind == Kind.EPISODE) {
			translateTheSeriesOf(item);
		}
		act(publisher, item + "/translate", "NL");
		waiting(publisher).until((driver) -> status(driver).contains("La traduction est créée"));
		assertThat(publisher.getCurrentUrl()).doesNotEndWith(item);
		assertThat(publisher.findElement(By.cssSelector("main")).getText()).contains("néerlandais");
		publisher.get(url(item));

		// Compare two revisions, and restore the first.
		publisher.get(url(item + "/history"));
		List<String> versions = publisher.findElements(By.cssSelector("main tbody th[scope=row]"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(versions).as("versions, the newest first").hasSizeGreaterThanOrEqualTo(2).endsWith("0");
		for (String choice : List.of("tr:last-child input[name=from]", "tr:first-child input[name=to]")) {
			WebElement radio = publisher.findElement(By.cssSelector("main tbody " + choice));
			publisher.executeScript("arguments[0].scrollIntoView({block: 'center'});", radio);
			radio.sendKeys(Keys.SPACE);
			assertThat(radio.isSelected()).isTrue();
		}
		WebElement compare = publisher.findElement(By.xpath("//main//button[normalize-space()='Comparer']"));
		publisher.executeScript("arguments[0].scrollIntoView({block: 'center'});", compare);
		compare.sendKeys(Keys.ENTER);
		waiting(publisher).until((driver) -> !driver.findElements(By.cssSelector(".diff .diff-passage")).isEmpty());
		assertThat(publisher.findElement(By.cssSelector(".diff h2")).getText())
			.isEqualTo("Différences entre la version 0 et la version " + versions.get(0));
		assertThat(publisher.findElement(By.cssSelector(".diff")).getText()).contains("mis à jour après publication");
		List<WebElement> restores = publisher.findElements(By.cssSelector("main tbody button[form^='restore-']"));
		assertThat(restores).as("a restore button on each row").hasSize(versions.size());
		WebElement first = restores.get(restores.size() - 1);
		publisher.executeScript("arguments[0].scrollIntoView({block: 'center'});", first);
		first.sendKeys(Keys.ENTER);
		waiting(publisher).until((driver) -> status(driver).contains("La version choisie est restaurée"));
		assertThat(publisher.findElement(By.id("title")).getDomProperty("value")).isEqualTo(title);
	}

	/** Fills the fields an item of the kind needs, the title first. */
	private void fill(ChromeDriver browser, Kind kind, String title) {
		type(browser, "title", title);
		typeText(browser, kind, "Un **premier** texte.");
		switch (kind) {
			case EPISODE -> {
				new Select(browser.findElement(By.id("seriesId"))).selectByValue(String.valueOf(series().getId()));
				type(browser, "number", String.valueOf(1 + System.nanoTime() % 90_000));
				browser.findElement(By.id("audioUpload")).sendKeys(sound());
			}
			case SERIES -> {
				type(browser, "author", "Make Mothers Matter Belgium");
				type(browser, "ownerEmail", "podcast@example.org");
				type(browser, "category", "Kids & Family");
				browser.findElement(By.id("coverUpload")).sendKeys(squareArtwork());
			}
			default -> {
			}
		}
	}

	/**
	 * An MP3 file of a few seconds, in a temporary file, for the episode's audio field.
	 */
	private static String sound() {
		try {
			Path file = Files.createTempFile("episode-", ".mp3");
			Files.write(file, TestMedia.mp3(3 + (int) (System.nanoTime() % 50)));
			file.toFile().deleteOnExit();
			return file.toAbsolutePath().toString();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void typeText(ChromeDriver browser, Kind kind, String text) {
		type(browser, kind.textField, text);
	}

	/** The intents of the buttons of the item's form, in order. */
	private static List<String> buttons(ChromeDriver browser) {
		return browser.findElements(By.cssSelector("main form button[name=intent]"))
			.stream()
			.map((button) -> button.getDomAttribute("value"))
			.toList();
	}

	/**
	 * Presses the button of the small form that posts to {@code action}, with a value
	 * when it has one.
	 */
	private static void act(ChromeDriver browser, String action, String... value) {
		String selector = "form[action$='" + action + "']"
				+ (value.length == 0 ? "" : ":has(input[value='" + value[0] + "'])") + " button";
		WebElement button = browser.findElement(By.cssSelector(selector));
		browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
		button.sendKeys(Keys.ENTER);
	}

	private PodcastSeries series;

	/** The French series the episodes go to, made once. */
	private PodcastSeries series() {
		if (this.series == null) {
			this.series = this.transactions.execute((status) -> {
				PodcastSeries made = PodcastBuilders.series().title("Série du parcours").build();
				this.entities.persist(made);
				return made;
			});
		}
		return this.series;
	}

	/**
	 * An episode is translated into the series of the other language, which must exist
	 * first.
	 */
	private void translateTheSeriesOf(String episode) {
		this.transactions.executeWithoutResult((status) -> this.entities.persist(PodcastBuilders.series()
			.in(Language.NL)
			.translating(series())
			.title("Serie van het parcours")
			.build()));
	}

	private static String squareArtwork() {
		try {
			Path file = Files.createTempFile("artwork-", ".jpg");
			Files.write(file, TestMedia.jpeg(1400, 1400));
			file.toFile().deleteOnExit();
			return file.toAbsolutePath().toString();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
