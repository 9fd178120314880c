package be.mmmbelgium.site.account.signin;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import be.mmmbelgium.site.account.Account;

/**
 * Slows down whoever guesses passwords or codes: after a number of failures within a
 * window, a subject (an account's e-mail), and separately a client address, may not try
 * for a while. Keys are counted whether an account exists or not, so a lock reveals
 * nothing about accounts.
 * <p>
 * An attempt is counted before it is checked, under a row lock, so that guesses sent in
 * parallel are counted one by one; a successful attempt gives its count back.
 */
@Component
public class SignInThrottle {

	/**
	 * How many failures lock an address or an account, and for how long.
	 *
	 * @param maxFailures failures that lock a key
	 * @param window how long failures are remembered
	 * @param lock how long a locked key stays locked
	 */
	record Policy(int maxFailures, Duration window, Duration lock) {

		static final Policy DEFAULT = new Policy(5, Duration.ofMinutes(15), Duration.ofMinutes(15));

	}

	/** What is being guessed; each has counts of its own. */
	enum Kind {

		PASSWORD, CODE

	}

	/**
	 * Whether a sign-in may be tried, and whether this failure locked it.
	 *
	 * @param allowed whether the attempt may be checked at all
	 * @param lockedNow whether this attempt locked a key, should it fail
	 */
	record Attempt(boolean allowed, boolean lockedNow) {
	}

	private final FailedSignInsRepository throttles;

	private final ThrottleRows rows;

	private final Clock clock;

	private final Policy policy = Policy.DEFAULT;

	SignInThrottle(FailedSignInsRepository throttles, ThrottleRows rows, Clock clock) {
		this.throttles = throttles;
		this.rows = rows;
		this.clock = clock;
	}

	/**
	 * Counts an attempt before it is checked, or refuses it while a key is locked. The
	 * rows are created first, each in a short transaction of its own, then counted under
	 * their locks in another: no step holds a connection while it waits for a second one.
	 */
	Attempt attempt(Kind kind, String subject, @Nullable String clientAddress) {
		List<String> keys = keys(kind, subject, clientAddress);
		keys.forEach(this::ensureRow);
		return this.rows.count(keys, Instant.now(this.clock), this.policy);
	}

	/**
	 * A successful attempt: the subject starts afresh, and the address gets its attempt
	 * back.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void succeeded(Kind kind, String subject, @Nullable String clientAddress) {
		List<String> keys = keys(kind, subject, clientAddress);
		this.throttles.findForUpdate(keys.get(0)).ifPresent(this.throttles::delete);
		this.throttles.findForUpdate(keys.get(1)).ifPresent((address) -> address.refund(this.policy));
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
	boolean isLocked(Kind kind, String subject, @Nullable String clientAddress) {
		Instant now = Instant.now(this.clock);
		return this.throttles.findAllById(keys(kind, subject, clientAddress))
			.stream()
			.anyMatch((throttle) -> throttle.isLockedAt(now));
	}

	private void ensureRow(String key) {
		try {
			this.rows.ensure(key, Instant.now(this.clock));
		}
		catch (DataAccessException | TransactionException race) {
			// Another request created the row at the same moment: it exists, which is all
			// we need.
		}
	}

	private static List<String> keys(Kind kind, String subject, @Nullable String clientAddress) {
		String subjectKey = kind.name().toLowerCase(Locale.ROOT) + ":" + Account.normalise(subject);
		return List.of(subjectKey.length() > 300 ? subjectKey.substring(0, 300) : subjectKey,
				"address:" + kind.name().toLowerCase(Locale.ROOT) + ":" + network(clientAddress));
	}

	/**
	 * The network a client address stands for: an IPv4 address itself, an IPv6 address
	 * its /64 prefix, since one client commonly holds a whole /64.
	 */
	static String network(@Nullable String clientAddress) {
		if (clientAddress == null || clientAddress.isBlank()) {
			return "unknown";
		}
		String literal = clientAddress.strip();
		if (!literal.matches("[0-9a-fA-F:.]+")) {
			return literal.length() > 64 ? literal.substring(0, 64) : literal;
		}
		try {
			byte[] bytes = InetAddress.getByName(literal).getAddress();
			if (bytes.length == 4) {
				return InetAddress.getByAddress(bytes).getHostAddress();
			}
			return String.format("%02x%02x:%02x%02x:%02x%02x:%02x%02x::/64", bytes[0], bytes[1], bytes[2], bytes[3],
					bytes[4], bytes[5], bytes[6], bytes[7]);
		}
		catch (UnknownHostException malformed) {
			return literal;
		}
	}

}
