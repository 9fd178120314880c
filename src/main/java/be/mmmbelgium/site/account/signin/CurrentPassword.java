package be.mmmbelgium.site.account.signin;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import be.mmmbelgium.site.account.Account;
import be.mmmbelgium.site.account.Accounts;
import be.mmmbelgium.site.audit.AuditKind;
import be.mmmbelgium.site.audit.AuditLog;
import be.mmmbelgium.site.web.ClientAddress;

/**
 * Asks a signed-in person for their password again before a sensitive change, throttled
 * and audited like a sign-in, so that a stolen session cannot guess it.
 */
@Component
public class CurrentPassword {

	private final PasswordEncoder passwordEncoder;

	private final SignInThrottle throttle;

	private final AuditLog audit;

	CurrentPassword(PasswordEncoder passwordEncoder, SignInThrottle throttle, AuditLog audit) {
		this.passwordEncoder = passwordEncoder;
		this.throttle = throttle;
		this.audit = audit;
	}

	public void check(Account account, @Nullable String password) {
		String clientAddress = ClientAddress.current();
		SignInThrottle.Attempt attempt = this.throttle.attempt(SignInThrottle.Kind.PASSWORD, account.getEmail(),
				clientAddress);
		AuditLog.Actor actor = new AuditLog.Actor(account.getId(), account.getEmail());
		if (!attempt.allowed()) {
			this.audit.record(AuditKind.SIGN_IN_LOCKED, actor, account.getEmail(), "current password");
			throw new Accounts.AccountChangeRefused("password.locked");
		}
		if (password == null || !this.passwordEncoder.matches(password, account.getPasswordHash())) {
			this.audit.record(AuditKind.SIGN_IN_FAILED, actor, account.getEmail(), "current password");
			throw new Accounts.AccountChangeRefused(attempt.lockedNow() ? "password.locked" : "password.current.wrong");
		}
		this.throttle.succeeded(SignInThrottle.Kind.PASSWORD, account.getEmail(), clientAddress);
	}

}
