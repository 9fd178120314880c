package be.mmmbelgium.site.account.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.support.TransactionTemplate;

import be.mmmbelgium.site.account.Account;
import be.mmmbelgium.site.account.AccountRepository;
import be.mmmbelgium.site.account.Accounts;
import be.mmmbelgium.site.test.PostgresTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several instances starting together on an empty database: each writes a setup link of
 * its own to its log, any of them works, and only one first admin is ever made, whether
 * through two links used at the same moment or from the settings by two instances at
 * once.
 */
// Needs a database without accounts: a context of its own.
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
@SpringBootTest
@PostgresTest
class FirstAdminAcrossInstancesIntegrationTest {

	private static final String PASSWORD = "le conseil se réunit le mardi";

	@Autowired
	Accounts accounts;

	@Autowired
	AccountRepository repository;

	@Autowired
	OneTimeLinks links;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@Test
	void eachInstanceGivesALinkThatWorksAndOnlyOneFirstAdminIsEverMade() throws Exception {
		assertThat(this.repository.count()).isZero();
		// Two instances started: two links, in two logs.
		String first = issueSetupLink();
		String second = issueSetupLink();
		assertThat(this.accounts.setupLinkValid(first)).isTrue();
		assertThat(this.accounts.setupLinkValid(second)).isTrue();

		List<Object> outcomes = atTheSameMoment(() -> useLink(first, "une@example.org"),
				() -> useLink(second, "autre@example.org"));

		assertThat(outcomes).containsOnlyOnce("made").containsOnlyOnce("password.link.invalid");
		assertThat(this.repository.count()).isOne();
		assertThat(this.accounts.setupLinkValid(first)).isFalse();
		assertThat(this.accounts.setupLinkValid(second)).isFalse();

		// Empty again, two instances given the same admin in their settings start
		// together.
		this.jdbc.sql("delete from account").update();
		this.jdbc.sql("delete from site_setting").update();
		List<Object> fromSettings = atTheSameMoment(
				() -> this.accounts.createFirstAdminFromSettings("board@example.org", PASSWORD).isPresent(),
				() -> this.accounts.createFirstAdminFromSettings("board@example.org", PASSWORD).isPresent());

		assertThat(fromSettings).containsExactlyInAnyOrder(true, false);
		assertThat(this.repository.findAll()).extracting(Account::getEmail).containsExactly("board@example.org");
	}

	private String issueSetupLink() {
		return this.transaction.execute(
				(status) -> this.links.issue(AccountToken.Purpose.FIRST_ADMIN, null, FirstAdmin.SETUP_LINK_VALIDITY));
	}

	private Object useLink(String link, String email) {
		try {
			this.accounts.createFirstAdmin(link, email, email, PASSWORD);
			return "made";
		}
		catch (Accounts.AccountChangeRefused refused) {
			return refused.messageKey();
		}
	}

	/** Runs both at once, as two instances would, and gives what each returned. */
	private static List<Object> atTheSameMoment(Callable<Object> one, Callable<Object> other) throws Exception {
		CyclicBarrier start = new CyclicBarrier(2);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<Object>> results = new ArrayList<>();
			for (Callable<Object> task : List.of(one, other)) {
				results.add(threads.submit(() -> {
					start.await(10, TimeUnit.SECONDS);
					return task.call();
				}));
			}
			List<Object> outcomes = new ArrayList<>();
			for (Future<Object> result : results) {
				outcomes.add(Optional.ofNullable(result.get(30, TimeUnit.SECONDS)).orElse("nothing"));
			}
			return outcomes;
		}
		finally {
			threads.shutdownNow();
		}
	}

}
