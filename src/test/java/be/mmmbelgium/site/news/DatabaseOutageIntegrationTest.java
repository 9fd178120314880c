package be.mmmbelgium.site.news;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.RequestDispatcher;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.CannotCreateTransactionException;

import be.mmmbelgium.site.account.AccountPrincipal;
import be.mmmbelgium.site.account.AccountRepository;
import be.mmmbelgium.site.account.Role;
import be.mmmbelgium.site.account.TestAccounts;
import be.mmmbelgium.site.outage.DatabaseOutage;
import be.mmmbelgium.site.test.Html;
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

	/** Each test leaves the database reachable, as the site finds it again by itself. */
	@AfterEach
	void databaseBack() throws InterruptedException {
		Mockito.reset(this.editor, this.news);
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
