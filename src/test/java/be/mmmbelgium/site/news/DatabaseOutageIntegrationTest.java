package be.mmmbelgium.site.news;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.CannotCreateTransactionException;

import be.mmmbelgium.site.account.Account;
import be.mmmbelgium.site.account.AccountFixtures;
import be.mmmbelgium.site.account.AccountPrincipal;
import be.mmmbelgium.site.account.AccountRepository;
import be.mmmbelgium.site.account.Role;
import be.mmmbelgium.site.account.TestAccounts;
import be.mmmbelgium.site.outage.DatabaseOutage;
import be.mmmbelgium.site.test.Html;
import be.mmmbelgium.site.test.SessionCookie;
import be.mmmbelgium.site.test.SiteIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * While the database cannot be reached: visitors get a page that says so (503, come back
 * later), at once once a request has found it away, and a volunteer's save is refused
 * with everything typed given back to send again. The site comes back by itself.
 */
@SiteIntegrationTest
class DatabaseOutageIntegrationTest {

	/**
	 * As the pool reports a database it cannot connect to: with the connection's failure
	 * as cause.
	 */
	static final CannotCreateTransactionException DATABASE_AWAY = new CannotCreateTransactionException(
			"Could not open JPA EntityManager for transaction",
			new SQLTransientConnectionException("HikariPool-1 - Connection is not available",
					new SQLException("Connection to 127.0.0.1:5432 refused", "08001")));

	/** As the pool reports a database it reaches, when all its connections are busy. */
	static final CannotCreateTransactionException POOL_BUSY = new CannotCreateTransactionException(
			"Could not open JPA EntityManager for transaction",
			new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	DatabaseOutage outage;

	@MockitoSpyBean
	NewsEditor editor;

	@MockitoSpyBean
	PublishedNews news;

	@MockitoSpyBean
	JdbcIndexedSessionRepository sessions;

	/** Each test leaves the database reachable, as the site finds it again by itself. */
	@AfterEach
	void databaseBack() throws InterruptedException {
		Mockito.reset(this.editor, this.news, this.sessions);
		for (int attempt = 0; attempt < 50 && !this.outage.mayTry(); attempt++) {
			Thread.sleep(100);
		}
		assertThat(this.outage.isOngoing()).isFalse();
	}

	@Test
	void onceARequestFindsTheDatabaseAwayPagesAreAnswered503AtOnceUntilItAnswersAgain() throws Exception {
		willThrow(DATABASE_AWAY).given(this.news).find(any(), any());
		assertThat(this.mvc.get().uri("/fr/actualites/un-article").exchange()).hasFailed();
		assertThat(this.outage.isOngoing()).as("the failure is seen").isTrue();

		var waiting = this.mvc.get().uri("/fr/").exchange();
		assertThat(waiting).hasStatus(HttpStatus.SERVICE_UNAVAILABLE).hasHeader("Retry-After", "30");
		assertThat(waiting.getMvcResult().getHandler()).as("nothing tried the database").isNull();
		verify(this.news, never()).latest(any(), anyInt());

		Thread.sleep(DatabaseOutage.RETRY.toMillis() + 100);
		var back = this.mvc.get().uri("/fr/").exchange();
		assertThat(back).as("the database answers again").hasStatusOk();
		assertThat(this.outage.isOngoing()).isFalse();
	}

	@Test
	void visitorsAreToldTheSiteIsBrieflyUnavailable() {
		var page = this.mvc.get()
			.uri("/error")
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
			.requestAttr(RequestDispatcher.ERROR_EXCEPTION, DATABASE_AWAY)
			.exchange();
		assertThat(page).hasStatus(HttpStatus.SERVICE_UNAVAILABLE).hasHeader("Retry-After", "30");
		Document html = Html.parse(page);
		assertThat(html.select("h1").text()).isEqualTo("Site momentanément indisponible");
		assertThat(html.text()).doesNotContain("Exception").doesNotContain("Hikari");

		var fault = this.mvc.get()
			.uri("/error")
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
			.requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("a bug"))
			.exchange();
		assertThat(fault).hasStatus(HttpStatus.INTERNAL_SERVER_ERROR);
	}

	@Test
	void aPoolBusyUnderLoadIsNoOutage() {
		willThrow(POOL_BUSY).given(this.news).find(any(), any());
		assertThat(this.mvc.get().uri("/fr/actualites/un-article").exchange()).hasFailed();

		assertThat(this.outage.isOngoing()).isFalse();
		assertThat(this.mvc.get().uri("/fr/").exchange()).hasStatusOk();
	}

	/**
	 * The database away before any page is at work: the session itself, kept in the
	 * database, cannot be read. The text is given back all the same, in a form without a
	 * token (the session's cannot be read); sent again once the database is back, it is
	 * shown on its form, to be saved.
	 */
	@Test
	void aSaveWhoseSessionCannotBeReadGivesBackEverythingTypedAndTheTextComesBackToItsForm() throws Exception {
		Account volunteer = this.accounts.saveAndFlush(TestAccounts.account(Role.CONTRIBUTOR, this.encoder));
		SessionCookie browser = SessionCookie.none();
		Cookie mark = browser
			.send(this.mvc.post()
				.uri("/admin/login")
				.with(csrf())
				.param("email", volunteer.getEmail())
				.param("password", AccountFixtures.PASSWORD))
			.getResponse()
			.getCookie("MMM_WRITER");
		willThrow(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
				new SQLException("Connection to 127.0.0.1:5432 refused", "08001")))
			.given(this.sessions)
			.findById(any());

		var refused = browser.send(this.mvc.post()
			.uri("/admin/news/new")
			.with(csrf())
			.cookie(mark)
			.param("language", "FR")
			.param("title", "Un titre à garder")
			.param("body", "Un texte <long> & précieux."));

		assertThat(refused).hasStatus(HttpStatus.SERVICE_UNAVAILABLE).hasHeader("Retry-After", "30");
		Document html = Html.parse(refused);
		assertThat(html.select("main form").attr("action")).isEqualTo("/admin/news/new");
		assertThat(html.select("main form textarea[name=title]").text()).isEqualTo("Un titre à garder");
		assertThat(html.select("main form textarea[name=body]").text()).isEqualTo("Un texte <long> & précieux.");
		assertThat(html.select("main form [name=_csrf]")).isEmpty();
		assertThat(html.select("main form input[name=given-back]")).hasSize(1);
		assertThat(this.outage.isOngoing()).isTrue();

		Mockito.reset(this.sessions);
		var sentAgain = browser.send(this.mvc.post()
			.uri("/admin/news/new")
			.cookie(mark)
			.param("given-back", "1")
			.param("language", "FR")
			.param("title", "Un titre à garder")
			.param("body", "Un texte <long> & précieux."));
		assertThat(sentAgain).hasRedirectedUrl("/admin/news/new");
		databaseBack();
		Document form = Html.parse(browser.send(this.mvc.get().uri("/admin/news/new")));
		assertThat(form.select("#title").val()).isEqualTo("Un titre à garder");
		assertThat(form.select("#body").text()).isEqualTo("Un texte <long> & précieux.");
		assertThat(form.select(".alert[role=status]").text()).contains("pas encore enregistré");
	}

	@Test
	void aFormGivenBackSentAgainFromABrowserWhereNobodySignedInIsRefused() {
		assertThat(this.mvc.post().uri("/admin/news/new").param("given-back", "1").param("title", "Venu d’ailleurs"))
			.hasStatus(403);
	}

	@Test
	void aSaveDuringTheOutageGivesBackEverythingTyped() {
		AccountPrincipal volunteer = TestAccounts
			.principal(this.accounts.saveAndFlush(TestAccounts.account(Role.CONTRIBUTOR, this.encoder)));
		willThrow(DATABASE_AWAY).given(this.editor).create(any(), any());

		var refused = this.mvc.post()
			.uri("/admin/news/new")
			.with(user(volunteer))
			.with(csrf())
			.param("language", "FR")
			.param("title", "Un titre à garder")
			.param("body", "Un texte <long> & précieux.")
			.exchange();

		assertThat(refused).hasStatus(HttpStatus.SERVICE_UNAVAILABLE);
		Document html = Html.parse(refused);
		assertThat(html.select("main form").attr("action")).isEqualTo("/admin/news/new");
		assertThat(html.select("main form textarea[name=title]").text()).isEqualTo("Un titre à garder");
		assertThat(html.select("main form textarea[name=body]").text()).isEqualTo("Un texte <long> & précieux.");
		assertThat(html.select("main form input[name=_csrf]")).hasSize(1);
		assertThat(html.select("main form textarea[name=_csrf]")).isEmpty();
		assertThat(this.outage.isOngoing()).isTrue();
	}

}
