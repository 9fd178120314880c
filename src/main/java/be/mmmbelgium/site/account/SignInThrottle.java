package be.mmmbelgium.site.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down whoever guesses passwords: after a number of failures within a window, an
 * account, and separately a client address, may not sign in for a while. Keys are counted
 * whether an account exists or not, so a lock reveals nothing about accounts.
 */
@Component
class SignInThrottle {

	/**
	 * @param maxFailures failures that lock a key
	 * @param window how long failures are remembered
	 * @param lock how long a locked key stays locked
	 */
	record Policy(int maxFailures, Duration window, Duration lock) {

		static final Policy DEFAULT = new Policy(5, Duration.ofMinutes(15), Duration.ofMinutes(15));

	}

	private final LoginThrottleRepository throttles;

	private final Clock clock;

	private final Policy policy = Policy.DEFAULT;

	SignInThrottle(LoginThrottleRepository throttles, Clock clock) {
		this.throttles = throttles;
		this.clock = clock;
	}

	/** Reads the counts afresh, in a transaction of its own, whatever the caller holds in memory. */
	@Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
	public boolean isLocked(String email, String clientAddress) {
		Instant now = Instant.now(this.clock);
		return this.throttles.findAllById(keys(email, clientAddress))
			.stream()
			.anyMatch((throttle) -> throttle.isLockedAt(now));
	}

	/** @return whether this failure locked the account or the address */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean recordFailure(String email, String clientAddress) {
		Instant now = Instant.now(this.clock);
		boolean locked = false;
		for (String key : keys(email, clientAddress)) {
			LoginThrottle throttle = this.throttles.findById(key).orElseGet(() -> new LoginThrottle(key, now));
			locked |= throttle.fail(now, this.policy);
			this.throttles.save(throttle);
		}
		return locked;
	}

	/** A successful sign-in forgets the account's failures; the address keeps its count. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordSuccess(String email) {
		this.throttles.deleteById(accountKey(email));
	}

	private static List<String> keys(String email, String clientAddress) {
		return List.of(accountKey(email), "address:" + clientAddress);
	}

	private static String accountKey(String email) {
		String key = "account:" + Account.normalise(email);
		return key.length() > 300 ? key.substring(0, 300) : key;
	}

}
