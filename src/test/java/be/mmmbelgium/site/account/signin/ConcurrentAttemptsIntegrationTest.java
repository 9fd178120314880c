package be.mmmbelgium.site.account.signin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import be.mmmbelgium.site.account.Account;
import be.mmmbelgium.site.account.AccountFixtures;
import be.mmmbelgium.site.account.AccountPrincipal;
import be.mmmbelgium.site.account.AccountRepository;
import be.mmmbelgium.site.account.Role;
import be.mmmbelgium.site.account.twofactor.Totp;
import be.mmmbelgium.site.account.twofactor.TwoFactor;
import be.mmmbelgium.site.test.PostgresTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guesses sent in parallel, outside any test transaction, as an attacker would send them:
 * the throttle counts each one, and a recovery code opens one session only.
 */
@SpringBootTest
@AutoConfigureMockMvc
@PostgresTest
class ConcurrentAttemptsIntegrationTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	TwoFactor twoFactor;

	@Autowired
	SignInThrottle throttle;

	@Test
	void parallelGuessesAreCountedOneByOne() throws Exception {
		Account account = AccountFixtures.account(this.accounts, this.encoder, Role.EDITOR);
		List<Callable<Boolean>> guesses = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			String address = "10.77.0." + (i + 1);
			guesses
				.add(() -> this.throttle.attempt(SignInThrottle.Kind.PASSWORD, account.getEmail(), address).allowed());
		}

		long allowed = runAll(guesses).stream().filter(Boolean::booleanValue).count();

		assertThat(allowed).as("attempts let through for one account").isEqualTo(5);
		assertThat(this.throttle.isLocked(SignInThrottle.Kind.PASSWORD, account.getEmail(), "10.77.1.1")).isTrue();
	}

	@Test
	void aRecoveryCodeSentFromSeveralSessionsAtOnceOpensOne() throws Exception {
		Account account = AccountFixtures.account(this.accounts, this.encoder, Role.EDITOR);
		AccountPrincipal principal = new AccountPrincipal(account);
		String secret = this.twoFactor.newEnrolment(account.getId()).secret();
		String recovery = this.twoFactor.confirm(principal, secret, Totp.code(secret, Totp.step(Instant.now()))).get(0);
		List<Callable<Boolean>> uses = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			uses.add(() -> this.twoFactor.verifySignIn(account.getId(), recovery));
		}

		long accepted = runAll(uses).stream().filter(Boolean::booleanValue).count();

		assertThat(accepted).isEqualTo(1);
		assertThat(this.twoFactor.recoveryCodesLeft(account.getId())).isEqualTo(9);
	}

	private static List<Boolean> runAll(List<Callable<Boolean>> tasks) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
		try {
			List<Boolean> results = new ArrayList<>();
			for (Future<Boolean> future : pool.invokeAll(tasks)) {
				results.add(future.get(30, TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
