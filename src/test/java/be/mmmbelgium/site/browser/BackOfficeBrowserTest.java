package be.mmmbelgium.site.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;

import be.mmmbelgium.site.account.Account;
import be.mmmbelgium.site.account.Role;
import be.mmmbelgium.site.media.MediaLibrary;
import be.mmmbelgium.site.test.TestMedia;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The back-office in Debian's headless Chromium: a volunteer writes a post with a photo,
 * previews it and plans it, an editor publishes it and it appears on the site; a session
 * that ends while someone writes loses nothing; the post form can be used by keyboard
 * alone with a visible focus; every back-office form passes axe-core at 375 and 1280 px.
 * What it saves is committed, so it runs outside the application context of the tests
 * that roll back theirs.
 */
class BackOfficeBrowserTest extends BackOfficeBrowsing {

	/**
	 * Saves the post form and waits for the post's own page, its address naming its
	 * number.
	 */
	static String savePost(ChromeDriver browser) {
		press(browser, "SAVE");
		waiting(browser).until((driver) -> driver.getCurrentUrl().matches(".*/admin/news/\\d+$"));
		return browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf("/admin/news/"));
	}

	@Test
	void aVolunteerWritesAndPlansAPostWithAPhotoAndAnEditorPublishesIt() {
		ChromeDriver volunteer = browser(1280);
		signIn(volunteer, person(Role.CONTRIBUTOR));
		volunteer.get(url("/admin/news/new"));
		type(volunteer, "title", "Journée des mères au travail");
		type(volunteer, "excerpt", "Une journée pour parler du travail des mères.");
		type(volunteer, "body", "Les **mères** qui travaillent se retrouvent le 12 décembre.");
		volunteer.findElement(By.id("coverUpload")).sendKeys(photo());
		type(volunteer, "coverAlt", "Des mères autour d'une table");
		volunteer.executeScript("document.getElementById('publishAt').value = '2030-12-12T09:30';");
		String post = savePost(volunteer);
		assertThat(volunteer.findElement(By.cssSelector("main")).getText()).contains("Journée des mères au travail");

		volunteer.get(url(post + "/preview"));
		assertThat(volunteer.findElement(By.tagName("h1")).getText()).isEqualTo("Journée des mères au travail");
		WebElement cover = volunteer.findElement(By.cssSelector("main img"));
		assertThat(cover.getDomAttribute("alt")).isEqualTo("Des mères autour d'une table");
		assertThat(((Number) volunteer.executeScript("return arguments[0].naturalWidth;", cover)).intValue())
			.as("the photo loads")
			.isPositive();
		Chromium.screenshot(volunteer, "journey-preview-1280");

		volunteer.get(url(post));
		press(volunteer, "SUBMIT");
		waiting(volunteer).until((driver) -> driver.findElement(By.cssSelector("main"))
			.getText()
			.contains("Le texte est enregistré et proposé à la relecture."));

		String publicPath = "/fr/actualites/journee-des-meres-au-travail";
		volunteer.get(url(publicPath));
		assertThat(volunteer.findElement(By.tagName("h1")).getText()).doesNotContain("Journée des mères au travail");

		ChromeDriver editor = browser(1280);
		signIn(editor, person(Role.EDITOR));
		editor.get(url(post));
		WebElement when = editor.findElement(By.id("publishAt"));
		assertThat(when.getDomProperty("value")).as("the volunteer's planned time is offered")
			.isEqualTo("2030-12-12T09:30");
		editor.executeScript("arguments[0].value = '';", when);
		press(editor, "PUBLISH");
		waiting(editor)
			.until((driver) -> driver.findElement(By.cssSelector("main")).getText().contains("Le contenu est publié"));

		editor.get(url(publicPath));
		assertThat(editor.findElement(By.tagName("h1")).getText()).isEqualTo("Journée des mères au travail");
		assertThat(editor.findElement(By.cssSelector("main strong")).getText()).isEqualTo("mères");
		Chromium.screenshot(editor, "journey-published-1280");
	}

	@Test
	void fromTheDashboardAnEditorPublishesAPostWithAPhotoInFourClicksOrFewer() {
		ChromeDriver editor = browser(1280);
		signIn(editor, person(Role.EDITOR));
		assertThat(editor.getCurrentUrl()).endsWith("/admin");
		// Every click the person makes in a page, counted across pages (links, buttons,
		// labels).
		editor.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
				document.addEventListener('click', function (event) {
				  if (event.isTrusted) {
				    sessionStorage.setItem('clicks', String(Number(sessionStorage.getItem('clicks') || 0) + 1));
				  }
				}, true);
				"""));
		editor.navigate().refresh();

		editor.findElement(By.linkText("Écrire une actualité")).click();
		editor.findElement(By.id("title")).sendKeys("Une photo de la marche des mères");
		editor.findElement(By.id("body")).sendKeys("Les mères ont marché ensemble dimanche.");
		// Choosing the photo: a click on the file field, then the file in the system's
		// dialog.
		editor.findElement(By.id("coverUpload")).sendKeys(photo());
		int fileChoices = 1;
		editor.findElement(By.id("coverAlt")).sendKeys("Des mères qui marchent");
		WebElement publish = editor.findElement(By.cssSelector("main form button[name=intent][value=PUBLISH]"));
		editor.executeScript("arguments[0].scrollIntoView({block: 'center'});", publish);
		publish.click();
		waiting(editor)
			.until((driver) -> driver.findElement(By.cssSelector("main")).getText().contains("Le contenu est publié"));

		Object counted = editor.executeScript("return Number(sessionStorage.getItem('clicks') || 0);");
		int clicks = ((Number) counted).intValue() + fileChoices;
		assertThat(clicks).as("clicks from the dashboard to the published post").isLessThanOrEqualTo(4);
		System.out.println("From the dashboard to a published post with a photo: " + clicks + " clicks");
		assertThat((Boolean) editor.executeScript("""
				const said = document.querySelector('main [role=status]').getBoundingClientRect();
				return said.top >= 0 && said.bottom <= window.innerHeight;
				""")).as("what happened is in view, without scrolling").isTrue();
		WebElement live = editor.findElement(By.linkText("Voir sur le site"));
		editor.executeScript("arguments[0].scrollIntoView({block: 'center'});", live);
		live.click();
		assertThat(editor.findElement(By.tagName("h1")).getText()).isEqualTo("Une photo de la marche des mères");
		assertThat(editor.findElement(By.cssSelector("main img")).getDomAttribute("alt"))
			.isEqualTo("Des mères qui marchent");
	}

	@Test
	void textTypedBeforeTheBrowserStopsIsOfferedBackAfterSigningInAgain() {
		Account account = person(Role.CONTRIBUTOR);
		ChromeDriver first = browser(1280);
		signIn(first, account);
		first.get(url("/admin/episodes/new"));
		type(first, "title", "Un épisode écrit avant la panne");
		type(first, "showNotes", "Des notes qu’on ne veut pas réécrire.");
		waiting(first).until((driver) -> driver.findElement(By.cssSelector(".autosave-status"))
			.getText()
			.startsWith("Texte gardé à"));
		// The browser stops: no save, no sign-out, its session cookie gone with it.
		first.quit();
		this.browsers.remove(first);

		ChromeDriver again = browser(375);
		signIn(again, account);
		again.get(url("/admin/episodes/new"));
		assertThat(again.findElement(By.cssSelector("main [role=status]")).getText())
			.contains("n’a pas été enregistré ; il a été gardé");
		assertThat(again.findElement(By.id("title")).getDomProperty("value")).isEmpty();
		again.findElement(By.linkText("Le reprendre")).click();
		assertThat(again.findElement(By.id("title")).getDomProperty("value"))
			.isEqualTo("Un épisode écrit avant la panne");
		assertThat(again.findElement(By.id("showNotes")).getDomProperty("value"))
			.isEqualTo("Des notes qu’on ne veut pas réécrire.");
		Chromium.assertAccessible(again, "/admin/episodes/new with text taken back at 375 px");
	}

	@Test
	void theToolbarWritesMarkdownByKeyboardAndThePreviewShowsIt() {
		ChromeDriver volunteer = browser(1280);
		signIn(volunteer, person(Role.CONTRIBUTOR));
		volunteer.get(url("/admin/news/new"));
		WebElement body = volunteer.findElement(By.id("body"));
		body.sendKeys("Les mères");
		volunteer.executeScript("arguments[0].setSelectionRange(4, 9);", body);

		WebElement tools = volunteer.findElement(By.cssSelector("[role=toolbar][aria-controls=body]"));
		WebElement first = tools.findElement(By.cssSelector("button"));
		assertThat(first.getText()).isEqualTo("Gras");
		first.sendKeys(Keys.ENTER);
		assertThat(body.getDomProperty("value")).isEqualTo("Les **mères**");

		// One stop in the tab order; the arrow keys go from button to button.
		first.sendKeys(Keys.ARROW_RIGHT);
		assertThat(volunteer.switchTo().activeElement().getText()).isEqualTo("Italique");
		assertThat(tools.findElements(By.cssSelector("button[tabindex='0']"))).hasSize(1);

		waiting(volunteer).until((driver) -> !driver.findElements(By.cssSelector("#body-preview strong")).isEmpty());
		assertThat(volunteer.findElement(By.cssSelector("#body-preview strong")).getText()).isEqualTo("mères");
		body.sendKeys(Keys.END, Keys.ENTER, Keys.ENTER, "Une liste");
		volunteer.findElement(By.xpath("//div[@aria-controls='body']/button[normalize-space()='Liste']")).click();
		waiting(volunteer).until((driver) -> !driver.findElements(By.cssSelector("#body-preview li")).isEmpty());
		assertThat(body.getDomProperty("value")).endsWith("\n\n- Une liste");
		// On an empty line, a mark first and the words after, as on a phone: the words
		// follow the mark.
		body.sendKeys(Keys.ENTER, Keys.ENTER);
		volunteer.findElement(By.xpath("//div[@aria-controls='body']/button[normalize-space()='Intertitre']")).click();
		volunteer.switchTo().activeElement().sendKeys("Programme");
		assertThat(body.getDomProperty("value")).endsWith("\n\n## Programme");
		Chromium.assertAccessible(volunteer, "/admin/news/new with its toolbar and preview at 1280 px");
		Chromium.screenshot(volunteer, "admin-news-editor-1280");
	}

	@Autowired
	MediaLibrary library;

	@Test
	void picturesAreSentChosenByThumbnailDescribedAndServedInSeveralWidths() {
		String cover = "couverture-" + System.nanoTime() % 100_000 + ".jpg";
		TestMedia.add(this.library, cover, TestMedia.jpeg(1600, 800 + (int) (System.nanoTime() % 100)));
		ChromeDriver editor = browser(1280);
		signIn(editor, person(Role.EDITOR));
		editor.get(url("/admin/news/new"));
		type(editor, "title", "Une journée en images " + System.nanoTime() % 100_000);
		WebElement body = editor.findElement(By.id("body"));
		body.sendKeys("Le matin.");

		// The Image button: two pictures sent at once, each described in turn, inserted
		// at the cursor.
		editor.findElement(By.xpath("//div[@aria-controls='body']/button[normalize-space()='Image']")).click();
		WebElement dialog = editor.findElement(By.cssSelector("dialog.picture-dialog[open]"));
		dialog.findElement(By.cssSelector("input[type=file]")).sendKeys(photo() + "\n" + photo(1200, 900));
		waiting(editor).until(
				(driver) -> dialog.findElements(By.cssSelector(".picture-list button[aria-pressed=true]")).size() == 1);
		dialog.findElement(By.cssSelector("[data-picture=insert]")).click();
		assertThat(dialog.findElement(By.cssSelector(".picture-status")).getText())
			.isEqualTo("Décrivez l’image pour qui ne la voit pas.");
		dialog.findElement(By.id("picture-alt")).sendKeys("Des mères réunies", Keys.ENTER);
		waiting(editor).until((driver) -> dialog.findElement(By.cssSelector(".picture-status"))
			.getText()
			.startsWith("Image suivante"));
		dialog.findElement(By.id("picture-alt")).sendKeys("Une salle pleine", Keys.ENTER);
		waiting(editor).until((driver) -> driver.findElements(By.cssSelector("dialog.picture-dialog[open]")).isEmpty());
		assertThat(body.getDomProperty("value")).matches(
				"(?s)Le matin\\.\n\n!\\[Des mères réunies]\\(/media/[^)]+\\.jpg\\)\n\n!\\[Une salle pleine]\\(/media/[^)]+\\.jpg\\)\n\n");
		assertThat(editor.switchTo().activeElement()).as("back in the text").isEqualTo(body);

		// A picture dropped on the text goes the same way.
		editor.executeScript(
				"""
						const data = new DataTransfer();
						const canvas = document.createElement('canvas');
						canvas.width = 640; canvas.height = 480;
						canvas.getContext('2d').fillRect(0, 0, 320, 240);
						canvas.toBlob((blob) => {
						  data.items.add(new File([blob], 'deposee.png', { type: 'image/png' }));
						  arguments[0].dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
						}, 'image/png');""",
				body);
		waiting(editor).until((driver) -> !driver
			.findElements(By.cssSelector("dialog.picture-dialog[open] .picture-list button[aria-pressed=true]"))
			.isEmpty());
		editor.findElement(By.id("picture-alt")).sendKeys("Un dessin", Keys.ENTER);
		waiting(editor).until((driver) -> body.getDomProperty("value").contains("![Un dessin](/media/"));

		// Text pasted from a word processor arrives as HTML and becomes Markdown.
		editor.executeScript(
				"""
						const data = new DataTransfer();
						data.setData('text/html', '<p class="MsoNormal">Le <b>soir</b>, <a href="https://example.org/">un lien</a></p>');
						data.setData('text/plain', 'Le soir, un lien');
						arguments[0].dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));""",
				body);
		waiting(editor)
			.until((driver) -> body.getDomProperty("value").contains("Le **soir**, [un lien](https://example.org/)"));

		// A cover chosen by its thumbnail, then published: the text's pictures come in
		// several widths.
		WebElement thumbnail = editor.findElement(By
			.xpath("//fieldset[contains(@class,'thumbnail-choices')]//label[normalize-space()='" + cover + "']/input"));
		editor.executeScript("arguments[0].scrollIntoView({block: 'center'});", thumbnail);
		thumbnail.sendKeys(Keys.SPACE);
		assertThat(thumbnail.isSelected()).isTrue();
		type(editor, "coverAlt", "La salle");
		press(editor, "PUBLISH");
		waiting(editor).until((driver) -> !driver.findElements(By.linkText("Voir sur le site")).isEmpty());
		editor.get(url(editor.findElement(By.linkText("Voir sur le site")).getDomAttribute("href")));
		assertThat(editor.findElement(By.cssSelector("img[alt='Des mères réunies']")).getDomAttribute("srcset"))
			.contains("w, ");
		assertThat(editor.findElement(By.cssSelector("img[alt='Une salle pleine']")).getDomAttribute("sizes"))
			.isNotBlank();
		assertThat(editor.findElement(By.cssSelector("article img[alt='La salle']")).getDomAttribute("src"))
			.as("the cover chosen by its thumbnail")
			.contains("/media/");
		Chromium.assertAccessible(editor, "a post with pictures in its text at 1280 px");
	}

	/** A JPEG of the given size in a temporary file, for a file field. */
	private static String photo(int width, int height) {
		try {
			Path file = Files.createTempFile("photo-", ".jpg");
			Files.write(file, TestMedia.jpeg(width, height));
			file.toFile().deleteOnExit();
			return file.toAbsolutePath().toString();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void signingInFromABookmarkOpensTheBookmarkedPage() {
		Account account = person(Role.CONTRIBUTOR);
		ChromeDriver browser = browser(375);
		browser.get(url("/admin/news?stage=DRAFT"));
		assertThat(browser.getCurrentUrl()).contains("/admin/login");
		fillSignIn(browser, account);
		waiting(browser).until((driver) -> !driver.getCurrentUrl().contains("/admin/login"));
		assertThat(browser.getCurrentUrl()).isEqualTo(url("/admin/news?stage=DRAFT"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Actualités");
	}

	@Test
	void aSessionThatEndsWhileSomeoneWritesLosesNothing() {
		ChromeDriver volunteer = browser(1280);
		Account account = person(Role.CONTRIBUTOR);
		signIn(volunteer, account);
		volunteer.get(url("/admin/news/new"));
		type(volunteer, "title", "Un texte écrit longuement");
		type(volunteer, "body", "Un long paragraphe que personne ne veut écrire deux fois.");

		// The session ends on the server while the form is open: its cookie names a
		// session that is gone (an id, base64-encoded as Spring Session writes it).
		Cookie session = volunteer.manage().getCookieNamed("MMM_SESSION");
		volunteer.manage().deleteCookie(session);
		String ended = Base64.getEncoder()
			.encodeToString("0f5e8a64-6a1c-4c1e-9d52-000000000000".getBytes(StandardCharsets.US_ASCII));
		volunteer.manage()
			.addCookie(new Cookie.Builder("MMM_SESSION", ended).path(session.getPath())
				.isHttpOnly(true)
				.sameSite("Lax")
				.build());
		// The text kept while typing is sent in the background at that moment, and
		// refused: its answer must not give the browser a session of its own, which would
		// take the place of the one that keeps the form's text.
		Object autosave = volunteer.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				const form = document.querySelector('form[data-autosave]');
				fetch(form.getAttribute('data-autosave'), { method: 'POST', body: new FormData(form),
					credentials: 'same-origin' }).then((answer) => done(answer.status), () => done(0));
				""");
		assertThat(autosave).as("the text kept while typing, sent after the session ended").isEqualTo(403L);
		press(volunteer, "SAVE");

		waiting(volunteer).until((driver) -> driver.getCurrentUrl().contains("/admin/login"));
		assertThat(volunteer.findElement(By.cssSelector("main [role=status]")).getText()).isNotBlank();
		fillSignIn(volunteer, account);
		waiting(volunteer).until((driver) -> driver.getCurrentUrl().contains("/admin/news/new"));
		assertThat(volunteer.findElement(By.id("title")).getDomProperty("value"))
			.isEqualTo("Un texte écrit longuement");
		assertThat(volunteer.findElement(By.id("body")).getDomProperty("value"))
			.isEqualTo("Un long paragraphe que personne ne veut écrire deux fois.");

		String post = savePost(volunteer);
		assertThat(post).matches("/admin/news/\\d+");
		assertThat(volunteer.findElement(By.id("title")).getDomProperty("value"))
			.isEqualTo("Un texte écrit longuement");
	}

	@Test
	void thePostFormCanBeUsedByKeyboardAloneWithAVisibleFocus() {
		ChromeDriver browser = browser(1280);
		signIn(browser, person(Role.EDITOR));
		browser.get(url("/admin/news/new"));
		browser.findElement(By.tagName("body")).click();
		Set<String> reached = new LinkedHashSet<>();
		List<String> invisible = new ArrayList<>();
		for (int i = 0; i < 80; i++) {
			new Actions(browser).sendKeys(Keys.TAB).perform();
			@SuppressWarnings("unchecked")
			Map<String, Object> focus = (Map<String, Object>) browser.executeScript(
					"""
							const e = document.activeElement;
							const style = getComputedStyle(e);
							return { name: e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.type ? '[' + e.type + ']' : ''),
							         outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
							         shadow: style.boxShadow !== 'none' };
							""");
			String name = (String) focus.get("name");
			if (name.equals("body")) {
				// Past the last element, focus leaves the page for the browser's own
				// controls.
				continue;
			}
			reached.add(name);
			if (!Boolean.TRUE.equals(focus.get("outline")) && !Boolean.TRUE.equals(focus.get("shadow"))) {
				invisible.add(name);
			}
		}
		assertThat(reached).contains("input#title[text]", "textarea#body[textarea]", "input#coverUpload[file]",
				"input#coverAlt[text]", "input#publishAt[datetime-local]", "button[submit]");
		assertThat(invisible).as("elements focused without a visible focus").isEmpty();
	}

	/** The forms that write content, each also checked in its error state. */
	static final Set<String> CONTENT_FORMS = Set.of("/admin/news/new", "/admin/episodes/new", "/admin/podcasts/new",
			"/admin/pages/new");

	@Test
	void everyBackOfficeFormIsAccessibleAtPhoneAndDesktopWidths() {
		Account admin = person(Role.ADMIN);
		List<String> pages = List.of("/admin", "/admin/news", "/admin/news/new", "/admin/episodes",
				"/admin/episodes/new", "/admin/podcasts", "/admin/podcasts/new", "/admin/pages", "/admin/pages/new",
				"/admin/media", "/admin/redirects", "/admin/redirects/new", "/admin/import", "/admin/archive",
				"/admin/accounts", "/admin/accounts/new", "/admin/audit", "/admin/profile", "/admin/settings");
		List<String> tooWide = new ArrayList<>();
		for (int width : new int[] { 1280, 375 }) {
			ChromeDriver browser = browser(width);
			browser.get(url("/admin/login"));
			Chromium.assertAccessible(browser, "/admin/login at " + width + " px");
			Chromium.screenshot(browser, "admin-login-" + width);
			signIn(browser, admin);
			for (String page : pages) {
				browser.get(url(page));
				assertThat(browser.getCurrentUrl()).as(page).endsWith(page);
				Chromium.assertAccessible(browser, page + " at " + width + " px");
				Chromium.screenshot(browser, "admin" + page.replace('/', '-').replace("-admin", "") + "-" + width);
				long scrollWidth = ((Number) browser.executeScript("return document.documentElement.scrollWidth;"))
					.longValue();
				if (scrollWidth > width) {
					tooWide.add(page + " is " + scrollWidth + " px wide at " + width + " px");
				}
				if (CONTENT_FORMS.contains(page)) {
					// The same form sent empty: its error state, whose summary takes the
					// focus.
					press(browser, "SAVE");
					waiting(browser)
						.until((driver) -> !driver.findElements(By.cssSelector(".error-summary")).isEmpty());
					assertThat(browser.executeScript("return document.activeElement.className;")).as(page)
						.isEqualTo("error-summary");
					assertThat(browser.findElement(By.cssSelector(".error-summary")).getText()).as(page)
						.contains("Il y a un problème", "Titre : Ce champ est obligatoire.");
					Chromium.assertAccessible(browser, page + " with errors at " + width + " px");
					Chromium.screenshot(browser,
							"admin" + page.replace('/', '-').replace("-admin", "") + "-errors-" + width);
				}
			}
		}
		assertThat(tooWide).as("pages that scroll sideways").isEmpty();
	}

}
