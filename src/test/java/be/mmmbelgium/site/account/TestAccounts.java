package be.mmmbelgium.site.account;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;

import be.mmmbelgium.site.account.link.AccountToken;
import be.mmmbelgium.site.account.link.OneTimeLinks;
import be.mmmbelgium.site.account.link.PasswordLinkController;
import be.mmmbelgium.site.account.link.SetupController;
import be.mmmbelgium.site.account.signin.TwoFactorPending;
import be.mmmbelgium.site.web.Language;

/**
 * Accounts for the tests of other features, which cannot reach the account's internals.
 */
public final class TestAccounts {

	private TestAccounts() {
	}

	/**
	 * An enabled account of {@code role}, not yet saved, with
	 * {@link AccountFixtures#PASSWORD}.
	 */
	public static Account account(Role role, PasswordEncoder encoder) {
		Account account = new Account("person-" + UUID.randomUUID() + "@example.org", "Une personne", role);
		account.setPasswordHash(encoder.encode(AccountFixtures.PASSWORD), Instant.now());
		return account;
	}

	/** The same, for someone who uses the back-office in {@code language}. */
	public static Account account(Role role, PasswordEncoder encoder, Language language) {
		Account account = account(role, encoder);
		account.setLanguage(language);
		return account;
	}

	public static AccountPrincipal principal(Account account) {
		return new AccountPrincipal(account);
	}

	/** Signed in with a password, and still owing the code of the second factor. */
	public static Authentication owingTwoFactorCode(AccountPrincipal principal) {
		return new TwoFactorPending(principal, null);
	}

	/**
	 * The address of a new one-time link with which the holder of {@code account} chooses
	 * a password.
	 */
	public static String passwordLink(ApplicationContext context, Account account) {
		return PasswordLinkController.PATH + "/" + context.getBean(OneTimeLinks.class)
			.issue(AccountToken.Purpose.SET_PASSWORD, account, Duration.ofHours(1));
	}

	/**
	 * The address of a new one-time link that creates the first admin, valid while no
	 * account exists.
	 */
	public static String setupLink(ApplicationContext context) {
		return SetupController.PATH + "/" + context.getBean(OneTimeLinks.class)
			.issue(AccountToken.Purpose.FIRST_ADMIN, null, Duration.ofHours(1));
	}

}
