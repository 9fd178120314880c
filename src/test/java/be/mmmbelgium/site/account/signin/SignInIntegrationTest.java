package be.mmmbelgium.site.account.signin;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import be.mmmbelgium.site.account.Account;
import be.mmmbelgium.site.account.AccountRepository;
import be.mmmbelgium.site.account.Role;
import be.mmmbelgium.site.test.SessionCookie;
import be.mmmbelgium.site.test.SiteIntegrationTest;

import static be.mmmbelgium.site.account.AccountFixtures.PASSWORD;
import static be.mmmbelgium.site.account.AccountFixtures.account;
import static be.mmmbelgium.site.account.AccountFixtures.freshAddress;
import static be.mmmbelgium.site.account.AccountFixtures.from;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Signing in to the back-office, and what resists attacks on it.
 */
@SiteIntegrationTest
@Import(SignInIntegrationTest.CountingPasswordEncoder.class)
class SignInIntegrationTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	CountingPasswordEncoder counting;

	@BeforeEach
	void resetCount() {
		this.counting.count.set(0);
	}

	@Test
	void aRightPasswordSignsInWithANewSessionId() {
		Account account = account(this.accounts, this.encoder, Role.EDITOR);
		SessionCookie session = SessionCookie.none();
		session.send(this.mvc.get().uri("/admin/login"));
		String before = session.value();

		assertThat(signIn(account.getEmail(), PASSWORD, session, freshAddress())).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/admin");
		assertThat(before).as("the sign-in page's session, for its form's token").isNotNull();
		assertThat(session.value()).isNotNull().isNotEqualTo(before);
		assertThat(session.send(this.mvc.get().uri("/admin"))).hasStatusOk();
	}

	@Test
	void theEmailIsMatchedWithoutRegardToCase() {
		Account account = account(this.accounts, this.encoder, Role.EDITOR);

		assertThat(signIn(account.getEmail().toUpperCase(), PASSWORD, SessionCookie.none(), freshAddress()))
			.hasRedirectedUrl("/admin");
	}

	@Test
	void everyRefusalLooksAndCostsTheSame() {
		Account disabled = account(this.accounts, this.encoder, Role.EDITOR);
		disabled.disable();
		Account enabled = account(this.accounts, this.encoder, Role.EDITOR);
		this.accounts.flush();

		for (String[] attempt : new String[][] { { enabled.getEmail(), "a wrong password" },
				{ "nobody-at-all@example.org", PASSWORD }, { disabled.getEmail(), PASSWORD } }) {
			this.counting.count.set(0);
			assertThat(signIn(attempt[0], attempt[1], SessionCookie.none(), freshAddress())).as(attempt[0])
				.hasRedirectedUrl("/admin/login?error");
			assertThat(this.counting.count.get()).as("password hashes checked for " + attempt[0]).isEqualTo(1);
		}
	}

	@Test
	void fiveFailuresLockTheAccountEvenForTheRightPassword() {
		Account account = account(this.accounts, this.encoder, Role.EDITOR);
		for (int i = 0; i < 5; i++) {
			assertThat(signIn(account.getEmail(), "wrong password " + i, SessionCookie.none(), freshAddress()))
				.hasRedirectedUrl("/admin/login?error");
		}

		assertThat(signIn(account.getEmail(), PASSWORD, SessionCookie.none(), freshAddress()))
			.hasRedirectedUrl("/admin/login?error");
	}

	@Test
	void fiveFailuresFromOneAddressLockThatAddressForEveryAccount() {
		Account target = account(this.accounts, this.encoder, Role.EDITOR);
		RequestPostProcessor attacker = freshAddress();
		for (int i = 0; i < 5; i++) {
			signIn("guess-" + i + "@example.org", "some password " + i, SessionCookie.none(), attacker);
		}

		assertThat(signIn(target.getEmail(), PASSWORD, SessionCookie.none(), attacker))
			.hasRedirectedUrl("/admin/login?error");
		assertThat(signIn(target.getEmail(), PASSWORD, SessionCookie.none(), freshAddress()))
			.hasRedirectedUrl("/admin");
	}

	@Test
	void aDisabledAccountsSessionEndsAtItsNextRequest() {
		Account account = account(this.accounts, this.encoder, Role.EDITOR);
		SessionCookie session = SessionCookie.none();
		signIn(account.getEmail(), PASSWORD, session, freshAddress());
		assertThat(session.send(this.mvc.get().uri("/admin"))).hasStatusOk();

		account.disable();
		this.accounts.flush();

		assertThat(session.send(this.mvc.get().uri("/admin"))).hasRedirectedUrl("/admin/login?ended");
		assertThat(session.wasEnded()).isTrue();
	}

	@Test
	void signingOutEndsTheSessionAndNeedsAPostWithItsToken() {
		Account account = account(this.accounts, this.encoder, Role.EDITOR);
		SessionCookie session = SessionCookie.none();
		signIn(account.getEmail(), PASSWORD, session, freshAddress());

		assertThat(session.send(this.mvc.post().uri("/admin/logout"))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(session.send(this.mvc.post().uri("/admin/logout").with(csrf())))
			.hasRedirectedUrl("/admin/login?signedOut");
		assertThat(session.wasEnded()).isTrue();
		assertThat(session.send(this.mvc.get().uri("/admin")).getResponse().getRedirectedUrl())
			.endsWith("/admin/login");
	}

	@Test
	void aFormWithoutItsCsrfTokenIsRefused() {
		assertThat(this.mvc.post()
			.uri("/admin/login")
			.param("email", "someone@example.org")
			.param("password", PASSWORD)
			.with(freshAddress())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post()
			.uri("/admin/login")
			.param("email", "x")
			.param("password", "y")
			.with(csrf().useInvalidToken())
			.with(from("10.9.9.9"))).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void theSignInPageSaysTheSameWhateverWentWrong() {
		assertThat(this.mvc.get().uri("/admin/login?error")).hasStatusOk()
			.bodyText()
			.contains("l’adresse ou le mot de passe est incorrect, ou trop d’essais ont échoué");
	}

	private MvcTestResult signIn(String email, String password, SessionCookie session, RequestPostProcessor from) {
		return session.send(this.mvc.post()
			.uri("/admin/login")
			.param("email", email)
			.param("password", password)
			.with(csrf())
			.with(from));
	}

	/** The site's password encoder, counting how many hashes it checks. */
	@TestConfiguration(proxyBeanMethods = false)
	static class CountingPasswordEncoder {

		final AtomicInteger count = new AtomicInteger();

		@Bean
		@Primary
		PasswordEncoder countingPasswordEncoder() {
			PasswordEncoder real = PasswordEncoderFactories.createDelegatingPasswordEncoder();
			return new PasswordEncoder() {

				@Override
				public String encode(CharSequence rawPassword) {
					return real.encode(rawPassword);
				}

				@Override
				public boolean matches(CharSequence rawPassword, String encodedPassword) {
					CountingPasswordEncoder.this.count.incrementAndGet();
					return real.matches(rawPassword, encodedPassword);
				}

			};
		}

	}

}
