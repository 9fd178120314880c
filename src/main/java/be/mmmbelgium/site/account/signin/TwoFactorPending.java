package be.mmmbelgium.site.account.signin;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import be.mmmbelgium.site.account.AccountPrincipal;

/**
 * Someone whose password was right and who still has to give their two-factor code. The
 * only thing this authentication allows is the page that asks for the code.
 */
public final class TwoFactorPending extends AbstractAuthenticationToken {

	/** Fixed, as {@code AccountPrincipal}'s, so that sessions outlive a new release. */
	private static final long serialVersionUID = 1L;

	public static final String AUTHORITY = "TWO_FACTOR_PENDING";

	private final AccountPrincipal principal;

	public TwoFactorPending(AccountPrincipal principal, @Nullable Object details) {
		super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
		this.principal = principal;
		setDetails(details);
		setAuthenticated(true);
	}

	@Override
	public @Nullable Object getCredentials() {
		return null;
	}

	@Override
	public AccountPrincipal getPrincipal() {
		return this.principal;
	}

}
