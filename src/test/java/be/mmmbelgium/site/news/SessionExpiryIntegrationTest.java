package be.mmmbelgium.site.news;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import be.mmmbelgium.site.account.Account;
import be.mmmbelgium.site.account.AccountFixtures;
import be.mmmbelgium.site.account.AccountRepository;
import be.mmmbelgium.site.account.Role;
import be.mmmbelgium.site.account.TestAccounts;
import be.mmmbelgium.site.test.Html;
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

	/** The browser still sends the cookie of a session the server ended. */
	static final RequestPostProcessor EXPIRED_SESSION = (request) -> {
		request.setRequestedSessionId("ended-session");
		request.setRequestedSessionIdValid(false);
		request.setRequestedSessionIdFromCookie(true);
		return request;
	};

	@Test
	void theTextSentAfterTheSessionEndedIsOnTheFormAfterSigningInAgain() {
		Account volunteer = this.accounts.saveAndFlush(TestAccounts.account(Role.CONTRIBUTOR, this.encoder));
		NewsPost post = NewsPostBuilder.post().title("Avant").draft().build();
		post.setAuthorId(volunteer.getId());
		this.posts.saveAndFlush(post);
		String hourOfWriting = "Une heure d’écriture, avec des « guillemets » et <b>balises</b>.";

		MvcTestResult sent = this.mvc.post().uri("/admin/news/" + post.getId()).with(EXPIRED_SESSION)
			.param("_csrf", "token-of-the-ended-session").param("language", "FR").param("title", "Après")
			.param("body", hourOfWriting).param("version", String.valueOf(post.getVersion())).exchange();

		assertThat(sent).hasRedirectedUrl("/admin/login?kept");
		MockHttpSession session = (MockHttpSession) sent.getRequest().getSession(false);
		assertThat(this.mvc.get().uri("/admin/login?kept").session(session)).bodyText().contains("Votre texte est gardé");
		MvcTestResult signedIn = this.mvc.post().uri("/admin/login").session(session).with(csrf())
			.param("email", volunteer.getEmail()).param("password", AccountFixtures.PASSWORD).exchange();
		assertThat(signedIn).hasRedirectedUrl("/admin/news/" + post.getId());

		var form = Html.parse(this.mvc.get().uri("/admin/news/" + post.getId()).session(session).exchange());
		assertThat(form.select("#title").val()).isEqualTo("Après");
		assertThat(form.select("#body").text()).isEqualTo(hourOfWriting);
		assertThat(form.select(".alert").text()).contains("pas encore enregistré");
		assertThat(this.posts.findById(post.getId()).orElseThrow().getTitle()).isEqualTo("Avant");
		// Given back once: the next visit shows the post as saved.
		assertThat(Html.parse(this.mvc.get().uri("/admin/news/" + post.getId()).session(session).exchange())
			.select("#title").val()).isEqualTo("Avant");
	}

	@Test
	void aFormSentWithoutAnySessionCookieIsNotKept() {
		assertThat(this.mvc.post().uri("/admin/news/new").param("title", "Venu d’ailleurs").exchange())
			.hasStatus(403);
	}

}
