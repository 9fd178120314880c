package be.mmmbelgium.site.account.signin;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import be.mmmbelgium.site.account.Account;
import be.mmmbelgium.site.account.AccountPrincipal;
import be.mmmbelgium.site.audit.AuditKind;
import be.mmmbelgium.site.audit.AuditLog;

/**
 * Checks an e-mail and password, throttled per account and per client address.
 * <p>
 * Every refusal is the same {@link BadCredentialsException}, whether the account does not
 * exist, is disabled, is locked, or the password is wrong; and every attempt on an
 * unlocked key costs one password hash, so the time taken tells nothing either.
 */
public class AccountAuthenticationProvider implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final SignInThrottle throttle;

	private final AuditLog audit;

	public AccountAuthenticationProvider(AccountDetailsService accounts, PasswordEncoder passwordEncoder,
			SignInThrottle throttle, AuditLog audit) {
		this.passwords = new DaoAuthenticationProvider(accounts);
		this.passwords.setPasswordEncoder(passwordEncoder);
		this.throttle = throttle;
		this.audit = audit;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String email = Account.normalise(authentication.getName());
		String address = clientAddress(authentication);
		AuditLog.Actor actor = new AuditLog.Actor(null, email);
		SignInThrottle.Attempt attempt = this.throttle.attempt(SignInThrottle.Kind.PASSWORD, email, address);
		if (!attempt.allowed()) {
			this.audit.record(AuditKind.SIGN_IN_LOCKED, actor, email, "refused while locked");
			throw refused();
		}
		Authentication result;
		try {
			result = this.passwords.authenticate(authentication);
		}
		catch (AuthenticationException ex) {
			fail(email, address, actor, attempt);
			throw refused();
		}
		if (!(result.getPrincipal() instanceof AccountPrincipal principal) || !principal.active()) {
			fail(email, address, actor, attempt);
			throw refused();
		}
		this.throttle.succeeded(SignInThrottle.Kind.PASSWORD, email, address);
		return result;
	}

	private void fail(String email, String address, AuditLog.Actor actor, SignInThrottle.Attempt attempt) {
		this.audit.record(AuditKind.SIGN_IN_FAILED, actor, email, null);
		if (attempt.lockedNow()) {
			this.audit.record(AuditKind.SIGN_IN_LOCKED, actor, email, null);
		}
	}

	private static BadCredentialsException refused() {
		return new BadCredentialsException("Sign-in refused");
	}

	private static String clientAddress(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
				: "unknown";
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
