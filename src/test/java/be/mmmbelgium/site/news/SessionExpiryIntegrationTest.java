package be.mmmbelgium.site.news;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import be.mmmbelgium.site.account.Account;
import be.mmmbelgium.site.account.AccountFixtures;
import be.mmmbelgium.site.account.AccountRepository;
import be.mmmbelgium.site.account.Role;
import be.mmmbelgium.site.account.TestAccounts;
import be.mmmbelgium.site.test.Html;
import be.mmmbelgium.site.test.SessionCookie;
import be.mmmbelgium.site.test.SiteIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A volunteer whose session ended while writing signs in again and finds the text on the
 * form, not yet saved.
 */
@SiteIntegrationTest
class SessionExpiryIntegrationTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	NewsPostRepository posts;

	@Test
	void theTextSentAfterTheSessionEndedIsOnTheFormAfterSigningInAgain() {
		Account volunteer = this.accounts.saveAndFlush(TestAccounts.account(Role.CONTRIBUTOR, this.encoder));
		NewsPost post = NewsPostBuilder.post().title("Avant").draft().build();
		post.setAuthorId(volunteer.getId());
		this.posts.saveAndFlush(post);
		String hourOfWriting = "Une heure d’écriture, avec des « guillemets » et <b>balises</b>.";

		SessionCookie browser = SessionCookie.ofAnEndedSession();
		MvcTestResult sent = browser.send(this.mvc.post()
			.uri("/admin/news/" + post.getId())
			.cookie(markOf(volunteer))
			.param("_csrf", "token-of-the-ended-session")
			.param("language", "FR")
			.param("title", "Après")
			.param("body", hourOfWriting)
			.param("version", String.valueOf(post.getVersion())));

		assertThat(sent).hasRedirectedUrl("/admin/login?kept");
		assertThat(browser.send(this.mvc.get().uri("/admin/login?kept"))).bodyText().contains("Votre texte est gardé");
		MvcTestResult signedIn = browser.send(this.mvc.post()
			.uri("/admin/login")
			.with(csrf())
			.param("email", volunteer.getEmail())
			.param("password", AccountFixtures.PASSWORD));
		assertThat(signedIn).hasRedirectedUrl("/admin/news/" + post.getId());

		var form = Html.parse(browser.send(this.mvc.get().uri("/admin/news/" + post.getId())));
		assertThat(form.select("#title").val()).isEqualTo("Après");
		assertThat(form.select("#body").text()).isEqualTo(hourOfWriting);
		assertThat(form.select(".alert").text()).contains("pas encore enregistré");
		assertThat(this.posts.findById(post.getId()).orElseThrow().getTitle()).isEqualTo("Avant");
		// Given back once: the next visit shows the post as saved.
		assertThat(Html.parse(browser.send(this.mvc.get().uri("/admin/news/" + post.getId()))).select("#title").val())
			.isEqualTo("Avant");
	}

	@Test
	void aFormSentWithoutAnySessionCookieIsNotKept() {
		assertThat(this.mvc.post().uri("/admin/news/new").param("title", "Venu d’ailleurs").exchange()).hasStatus(403);
	}

	@Test
	void aFormFromABrowserWhereNobodySignedInIsNotKept() {
		Account volunteer = this.accounts.saveAndFlush(TestAccounts.account(Role.CONTRIBUTOR, this.encoder));
		Cookie real = markOf(volunteer);
		String forged = real.getValue().substring(0, real.getValue().indexOf('.') + 1) + "AAAAAAAAAAAAAAAAAAAAAA";

		assertThat(expiredFormPost(null)).as("no mark").hasStatus(403);
		assertThat(expiredFormPost(new Cookie("MMM_WRITER", forged))).as("a forged mark").hasStatus(403);
		assertThat(expiredFormPost(new Cookie("MMM_WRITER", "1"))).as("a made-up mark").hasStatus(403);
		assertThat(expiredFormPost(real)).as("the mark of a sign-in").hasRedirectedUrl("/admin/login?kept");
	}

	@Test
	void anAccountKeepsAFewFormsAtMostAndLeavesRoomForOthers() {
		Cookie busy = markOf(this.accounts.saveAndFlush(TestAccounts.account(Role.CONTRIBUTOR, this.encoder)));
		for (int form = 0; form < 5; form++) {
			assertThat(expiredFormPost(busy)).as("form " + form).hasRedirectedUrl("/admin/login?kept");
		}
		assertThat(expiredFormPost(busy)).as("a sixth").hasStatus(403);

		Cookie other = markOf(this.accounts.saveAndFlush(TestAccounts.account(Role.CONTRIBUTOR, this.encoder)));
		assertThat(expiredFormPost(other)).as("someone else").hasRedirectedUrl("/admin/login?kept");
	}

	/**
	 * A new post's form sent with the cookie of an ended session, and a browser's mark if
	 * any.
	 */
	private MvcTestResult expiredFormPost(Cookie mark) {
		var request = this.mvc.post()
			.uri("/admin/news/new")
			.param("_csrf", "token-of-the-ended-session")
			.param("title", "Écrit pendant la session");
		if (mark != null) {
			request.cookie(mark);
		}
		return SessionCookie.ofAnEndedSession().send(request);
	}

	/** The mark a browser gets when someone signs in on it. */
	private Cookie markOf(Account account) {
		MvcTestResult signedIn = this.mvc.post()
			.uri("/admin/login")
			.with(csrf())
			.param("email", account.getEmail())
			.param("password", AccountFixtures.PASSWORD)
			.exchange();
		Cookie mark = signedIn.getResponse().getCookie("MMM_WRITER");
		assertThat(mark).as("a browser where someone signed in is marked").isNotNull();
		assertThat(mark.isHttpOnly()).isTrue();
		assertThat(mark.getPath()).isEqualTo("/admin");
		return mark;
	}

}
