package be.mmmbelgium.site.browser;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import be.mmmbelgium.site.account.AccountPrincipal;
import be.mmmbelgium.site.account.AccountRepository;
import be.mmmbelgium.site.account.Role;
import be.mmmbelgium.site.account.TestAccounts;
import be.mmmbelgium.site.news.NewsPostRepository;
import be.mmmbelgium.site.page.PageRepository;
import be.mmmbelgium.site.podcast.EpisodeRepository;
import be.mmmbelgium.site.podcast.PodcastSeriesRepository;
import be.mmmbelgium.site.test.DemoSiteTest;
import be.mmmbelgium.site.test.Html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Every kind of page, public and back-office, over the demo content, checked by the Nu
 * HTML Checker (the validator behind validator.w3.org/nu): no error.
 */
@DemoSiteTest
class HtmlValidityIntegrationTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	NewsPostRepository posts;

	@Autowired
	PageRepository pages;

	@Autowired
	PodcastSeriesRepository series;

	@Autowired
	EpisodeRepository episodes;

	final JsonMapper json = JsonMapper.builder().build();

	/** The checker's errors on a document, each with its line; empty when it is valid. */
	List<String> errors(String html) throws Exception {
		EmbeddedValidator validator = new EmbeddedValidator();
		validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
		JsonNode report = this.json.readTree(validator.validate(new ByteArrayInputStream(html.getBytes("UTF-8"))));
		List<String> errors = new ArrayList<>();
		for (JsonNode message : report.path("messages")) {
			String type = message.path("type").asString();
			if (type.equals("error") || type.equals("non-document-error")) {
				errors.add(message.path("lastLine").asInt() + ": " + message.path("message").asString());
			}
		}
		return errors;
	}

	void assertValid(MvcTestResult result, String path) throws Exception {
		String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).as(path).startsWith("<!DOCTYPE html>");
		assertThat(errors(html)).as("Nu HTML Checker errors on %s", path).isEmpty();
	}

	@Test
	void theCheckerFindsErrorsWhereThereAreSome() throws Exception {
		assertThat(errors("<!DOCTYPE html><html lang=fr><head><title>x</title></head><body><p><div></p></body></html>"))
			.isNotEmpty();
	}

	@Test
	void everyKindOfPublicPageIsValidHtml() throws Exception {
		var newsList = Html.parse(this.mvc.get().uri("/fr/actualites").exchange());
		String post = newsList.select(".card-list .card-title a").attr("href");
		String archive = newsList.select(".sidebar a").attr("href");
		String subject = Html.parse(this.mvc.get().uri(post).exchange()).select(".tag-list a").attr("href");
		List<String> paths = List.of("/fr/", "/nl/", "/en/", "/fr/actualites", post, archive, subject,
				"/fr/mission-et-vision", "/nl/missie-en-visie", "/fr/podcasts",
				"/fr/podcasts/une-mere-presque-parfaite",
				"/fr/podcasts/une-mere-presque-parfaite/le-mythe-de-la-mere-parfaite",
				"/fr/podcasts/une-mere-presque-parfaite/le-mythe-de-la-mere-parfaite/transcript.html", "/fr/recherche",
				"/fr/recherche?q=m%C3%A8res", "/en/search?q=%22no+such+thing%22");
		for (String path : paths) {
			MvcTestResult result = this.mvc.get().uri(path).exchange();
			assertThat(result).as(path).hasStatusOk();
			assertValid(result, path);
		}
	}

	@Test
	void everyBackOfficePageIsValidHtml() throws Exception {
		long adminId = this.accounts.saveAndFlush(TestAccounts.account(Role.ADMIN, this.encoder)).getId();
		// As the database keeps it, as a real sign-in would read it.
		AccountPrincipal admin = TestAccounts.principal(this.accounts.findById(adminId).orElseThrow());
		long post = this.posts.findAll().get(0).getId();
		long page = this.pages.findAll().get(0).getId();
		long show = this.series.findAll().get(0).getId();
		long episode = this.episodes.findAll().get(0).getId();
		List<String> paths = List.of("/admin", "/admin/news", "/admin/news/new", "/admin/news/" + post,
				"/admin/news/" + post + "/history", "/admin/news/" + post + "/preview", "/admin/episodes",
				"/admin/episodes/new", "/admin/episodes/" + episode, "/admin/podcasts", "/admin/podcasts/" + show,
				"/admin/pages", "/admin/pages/new", "/admin/pages/" + page, "/admin/media", "/admin/redirects",
				"/admin/redirects/new", "/admin/accounts", "/admin/accounts/new", "/admin/audit", "/admin/profile",
				"/admin/settings", "/admin/archive");
		for (String path : paths) {
			MvcTestResult result = this.mvc.get().uri(path).with(user(admin)).exchange();
			assertThat(result.getResponse().getStatus()).as(path + " → " + result.getResponse().getRedirectedUrl())
				.isEqualTo(200);
			assertValid(result, path);
		}
		MvcTestResult login = this.mvc.get().uri("/admin/login").exchange();
		assertValid(login, "/admin/login");
	}

}
