package be.mmmbelgium.site.account;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Accounts and requests for the tests of the back-office.
 */
public final class AccountFixtures {

	public static final String PASSWORD = "des mères qui comptent";

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	private AccountFixtures() {
	}

	/** An enabled account with {@link #PASSWORD}, under an e-mail no other test uses. */
	public static Account account(AccountRepository accounts, PasswordEncoder encoder, Role role) {
		return accounts.saveAndFlush(TestAccounts.account(role, encoder));
	}

	/**
	 * Makes a request come from an address no other test uses, so that the throttling of
	 * one test never reaches another.
	 */
	public static RequestPostProcessor freshAddress() {
		String address = "10.1." + (ADDRESSES.get() / 250) + "." + (ADDRESSES.incrementAndGet() % 250 + 1);
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	public static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
