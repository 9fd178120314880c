package be.mmmbelgium.site.account.signin;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Persistable;

/**
 * Recent failed sign-ins under one key: an account's e-mail, or a client address; what
 * {@link SignInThrottle} counts and locks.
 */
@Entity
@Table(name = "login_throttle")
class FailedSignIns implements Persistable<String> {

	@Id
	private String throttleKey;

	@Column(nullable = false)
	private int failures;

	@Column(nullable = false)
	private @Nullable Instant firstFailure;

	private @Nullable Instant lockedUntil;

	/**
	 * Whether this row is yet to be inserted. Saving a new row must insert it, never
	 * overwrite a row another request created meanwhile, which would reset its count.
	 */
	@Transient
	private boolean fresh;

	protected FailedSignIns() {
	}

	FailedSignIns(String throttleKey, Instant now) {
		this.throttleKey = throttleKey;
		this.firstFailure = now;
		this.fresh = true;
	}

	@Override
	public String getId() {
		return this.throttleKey;
	}

	@Override
	public boolean isNew() {
		return this.fresh;
	}

	@PostLoad
	@PostPersist
	void stored() {
		this.fresh = false;
	}

	boolean isLockedAt(Instant now) {
		return this.lockedUntil != null && now.isBefore(this.lockedUntil);
	}

	/**
	 * Counts a failure; failures older than the window are forgotten first.
	 * @return whether this failure locked the key
	 */
	boolean fail(Instant now, SignInThrottle.Policy policy) {
		if (this.firstFailure != null && now.isAfter(this.firstFailure.plus(policy.window())) && !isLockedAt(now)) {
			this.failures = 0;
			this.lockedUntil = null;
		}
		if (this.failures == 0) {
			this.firstFailure = now;
		}
		this.failures++;
		if (this.failures >= policy.maxFailures() && !isLockedAt(now)) {
			this.lockedUntil = now.plus(policy.lock());
			return true;
		}
		return false;
	}

	/** Gives back an attempt that succeeded, and the lock it may have set. */
	void refund(SignInThrottle.Policy policy) {
		this.failures = Math.max(0, this.failures - 1);
		if (this.failures < policy.maxFailures()) {
			this.lockedUntil = null;
		}
	}

}
