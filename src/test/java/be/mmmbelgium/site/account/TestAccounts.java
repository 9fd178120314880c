package be.mmmbelgium.site.account;

import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Accounts for the tests of other features, which cannot reach the account's internals.
 */
public final class TestAccounts {

	private TestAccounts() {
	}

	/** An enabled account of {@code role}, not yet saved, with {@link AccountFixtures#PASSWORD}. */
	public static Account account(Role role, PasswordEncoder encoder) {
		Account account = new Account("person-" + UUID.randomUUID() + "@example.org", "Une personne", role);
		account.setPasswordHash(encoder.encode(AccountFixtures.PASSWORD), java.time.Instant.now());
		return account;
	}

	public static AccountPrincipal principal(Account account) {
		return new AccountPrincipal(account);
	}

}
