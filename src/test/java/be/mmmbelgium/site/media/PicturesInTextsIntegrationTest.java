package be.mmmbelgium.site.media;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import be.mmmbelgium.site.account.AccountPrincipal;
import be.mmmbelgium.site.account.AccountRepository;
import be.mmmbelgium.site.account.Role;
import be.mmmbelgium.site.account.TestAccounts;
import be.mmmbelgium.site.test.SessionCookie;
import be.mmmbelgium.site.test.SiteIntegrationTest;
import be.mmmbelgium.site.test.TestMedia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Pictures in a text: sent from the editor several at once, offered back with thumbnails,
 * served in several widths like covers, and a picture the library lacks an error of the
 * form rather than a hole on the page. Covers are chosen by their thumbnails.
 */
@SiteIntegrationTest
class PicturesInTextsIntegrationTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	final ObjectMapper json = new ObjectMapper();

	@Test
	void picturesSentFromTheEditorJoinTheLibraryAndWhatIsNotAPictureIsRefusedWithItsReason() throws Exception {
		AccountPrincipal volunteer = person(Role.CONTRIBUTOR);

		JsonNode sent = send(volunteer,
				new MockMultipartFile("file", "salle.jpg", "image/jpeg", TestMedia.jpeg(2000, 1000)),
				new MockMultipartFile("file", "groupe.png", "image/png", TestMedia.png(300, 200)),
				new MockMultipartFile("file", "statuts.pdf", "application/pdf", TestMedia.pdf()));

		assertThat(sent.get("pictures")).hasSize(2);
		assertThat(sent.get("pictures").get(0).get("path").asString()).startsWith("/media/").endsWith(".jpg");
		assertThat(sent.get("pictures").get(0).get("thumbnail").asString()).as("the narrowest width")
			.matches("/media/.+-\\d+w\\.jpg");
		assertThat(sent.get("refusals")).hasSize(1);
		assertThat(sent.get("refusals").get(0).asString()).startsWith("statuts.pdf : ");

		JsonNode offered = this.json.readTree(this.mvc.get()
			.uri("/admin/media/pictures?q=salle")
			.with(user(volunteer))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(offered).hasSize(1);
		assertThat(offered.get(0).get("name").asString()).isEqualTo("salle.jpg");
	}

	@Test
	void aPictureOfTheLibraryInATextIsServedInSeveralWidths() throws Exception {
		AccountPrincipal editor = person(Role.EDITOR);
		String picture = send(editor,
				new MockMultipartFile("file", "marche.jpg", "image/jpeg", TestMedia.jpeg(2400, 1600)))
			.get("pictures")
			.get(0)
			.get("path")
			.asString();

		MvcTestResult published = this.mvc.perform(MockMvcRequestBuilders.multipart("/admin/news/new")
			.param("language", "FR")
			.param("title", "La marche des mères")
			.param("body", "Avant.\n\n![Des mères en marche](" + picture + ")\n\nAprès.")
			.param("intent", "PUBLISH")
			.with(user(editor))
			.with(csrf()));
		assertThat(published).hasStatus3xxRedirection();

		Document page = Jsoup.parse(this.mvc.get()
			.uri("/fr/actualites/la-marche-des-meres")
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		Element image = page.selectFirst("article img[alt=Des mères en marche]");
		assertThat(image).isNotNull();
		assertThat(image.attr("src")).isEqualTo(picture);
		assertThat(image.attr("srcset")).contains("w, ").endsWith(picture + " 2400w");
		assertThat(image.attr("sizes")).isNotEmpty();
		assertThat(image.attr("width")).isEqualTo("2400");
		assertThat(image.attr("height")).isEqualTo("1600");
		assertThat(image.attr("loading")).isEqualTo("lazy");
	}

	@Test
	void aPictureTheLibraryLacksIsAnErrorOfTheFormAndNothingIsSaved() throws Exception {
		AccountPrincipal volunteer = person(Role.CONTRIBUTOR);

		MvcTestResult refused = this.mvc.perform(MockMvcRequestBuilders.multipart("/admin/news/new")
			.param("language", "FR")
			.param("title", "Avec des images perdues")
			.param("body", "![partie](/media/2020/01/supprimee.jpg) et ![ailleurs](https://images.example/photo.jpg)")
			.with(user(volunteer))
			.with(csrf()));

		assertThat(refused).hasStatusOk();
		Document form = Jsoup.parse(refused.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(form.select(".error-summary a[href=#body]").text()).contains("/media/2020/01/supprimee.jpg",
				"https://images.example/photo.jpg");
		assertThat(form.select("#body").text()).as("the text is kept").contains("![partie]");
		assertThat(this.mvc.get().uri("/admin/news?q=perdues").with(user(volunteer))).bodyText()
			.doesNotContain("Avec des images perdues");
	}

	@Test
	void aCoverIsChosenByItsThumbnail() throws Exception {
		AccountPrincipal volunteer = person(Role.CONTRIBUTOR);
		JsonNode picture = send(volunteer,
				new MockMultipartFile("file", "couverture.jpg", "image/jpeg", TestMedia.jpeg(1600, 900)))
			.get("pictures")
			.get(0);

		Document form = Jsoup.parse(this.mvc.get()
			.uri("/admin/news/new")
			.with(user(volunteer))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));

		Element choice = form.select("fieldset.thumbnail-choices label:has(input[name=coverId])")
			.stream()
			.filter((label) -> label.text().contains("couverture.jpg"))
			.findFirst()
			.orElseThrow();
		assertThat(choice.selectFirst("img").attr("src")).isEqualTo(picture.get("thumbnail").asString());
		assertThat(choice.selectFirst("input").attr("type")).isEqualTo("radio");
		assertThat(form.select("fieldset.thumbnail-choices legend").text()).isNotEmpty();
	}

	@Test
	void theLibraryTakesSeveralFilesAtOnceAndSaysWhichItRefused() throws Exception {
		AccountPrincipal volunteer = person(Role.CONTRIBUTOR);

		SessionCookie browser = SessionCookie.none();
		MvcTestResult sent = browser.keep(this.mvc.perform(MockMvcRequestBuilders.multipart("/admin/media")
			.file(new MockMultipartFile("file", "affiche.jpg", "image/jpeg", TestMedia.jpeg(800, 1200)))
			.file(new MockMultipartFile("file", "statuts.pdf", "application/pdf", TestMedia.pdf()))
			.file(new MockMultipartFile("file", "faux.jpg", "image/jpeg", "<script>".getBytes(StandardCharsets.UTF_8)))
			.with(user(volunteer))
			.with(csrf())
			.with(browser)));

		assertThat(sent).hasRedirectedUrl("/admin/media").flash().containsEntry("added", 2);
		Document library = Jsoup.parse(browser.send(this.mvc.get().uri("/admin/media").with(user(volunteer)))
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(library.select("main p.alert[role=status]").text())
			.isEqualTo("2 fichiers sont ajoutés à la médiathèque.");
		assertThat(library.select("main [role=alert] li").text()).startsWith("faux.jpg : ");
		assertThat(library.select(".media-grid").text()).contains("affiche.jpg", "statuts.pdf");
	}

	private JsonNode send(AccountPrincipal who, MockMultipartFile... files) throws Exception {
		var request = MockMvcRequestBuilders.multipart("/admin/media/pictures");
		for (MockMultipartFile file : files) {
			request.file(file);
		}
		MvcTestResult sent = this.mvc.perform(request.with(user(who)).with(csrf()));
		assertThat(sent).hasStatusOk();
		return this.json.readTree(sent.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private AccountPrincipal person(Role role) {
		return TestAccounts.principal(this.accounts.saveAndFlush(TestAccounts.account(role, this.encoder)));
	}

}
