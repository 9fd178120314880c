package be.mmmbelgium.site.account;

import java.time.Instant;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the row of a throttle key in a transaction of its own, so that a row created at
 * the same moment by another request fails only this step and not the attempt.
 */
@Component
class ThrottleRows {

	private final LoginThrottleRepository throttles;

	ThrottleRows(LoginThrottleRepository throttles) {
		this.throttles = throttles;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void ensure(String key, Instant now) {
		if (!this.throttles.existsById(key)) {
			this.throttles.saveAndFlush(new LoginThrottle(key, now));
		}
	}

}
