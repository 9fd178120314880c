package be.mmmbelgium.site.account.signin;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the row of a throttle key in a transaction of its own, so that a row created at
 * the same moment by another request fails only this step and not the attempt.
 */
@Component
class ThrottleRows {

	private final FailedSignInsRepository throttles;

	ThrottleRows(FailedSignInsRepository throttles) {
		this.throttles = throttles;
	}

	/** Counts an attempt under the keys' row locks, taken in a fixed order. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	SignInThrottle.Attempt count(List<String> keys, Instant now, SignInThrottle.Policy policy) {
		List<FailedSignIns> locked = keys.stream()
			.sorted()
			.map((key) -> this.throttles.findForUpdate(key)
				.orElseThrow(() -> new IllegalStateException("No throttle row for " + key)))
			.toList();
		if (locked.stream().anyMatch((throttle) -> throttle.isLockedAt(now))) {
			return new SignInThrottle.Attempt(false, false);
		}
		boolean lockedNow = false;
		for (FailedSignIns throttle : locked) {
			lockedNow |= throttle.fail(now, policy);
		}
		return new SignInThrottle.Attempt(true, lockedNow);
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void ensure(String key, Instant now) {
		if (!this.throttles.existsById(key)) {
			this.throttles.saveAndFlush(new FailedSignIns(key, now));
		}
	}

}
