package be.mmmbelgium.site.account;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import be.mmmbelgium.site.account.signin.AccountAuthenticationProvider;
import be.mmmbelgium.site.audit.AuditLog;
import be.mmmbelgium.site.web.BackOfficeUser;
import be.mmmbelgium.site.web.Language;

/**
 * The signed-in person, as Spring Security keeps them in the session: a snapshot of their
 * account, without its password once sign-in is over.
 */
public final class AccountPrincipal implements UserDetails, CredentialsContainer, BackOfficeUser {

	/**
	 * Fixed, so that a session kept in the database by one release is still read by the
	 * next: a field may be added, but none removed or changed in type.
	 */
	private static final long serialVersionUID = 1L;

	private final long id;

	private final String email;

	private final String displayName;

	private final Role role;

	private final Language language;

	private final boolean enabled;

	private final boolean totpEnabled;

	private final @Nullable Instant passwordChangedAt;

	private @Nullable String passwordHash;

	public AccountPrincipal(Account account) {
		this.id = account.getId();
		this.email = account.getEmail();
		this.displayName = account.getDisplayName();
		this.role = account.getRole();
		this.language = account.getLanguage();
		this.enabled = account.isEnabled();
		this.totpEnabled = account.isTotpEnabled();
		this.passwordChangedAt = account.getPasswordChangedAt();
		this.passwordHash = account.getPasswordHash();
	}

	public long id() {
		return this.id;
	}

	public String email() {
		return this.email;
	}

	@Override
	public String displayName() {
		return this.displayName;
	}

	public Role role() {
		return this.role;
	}

	@Override
	public Language language() {
		return this.language;
	}

	/**
	 * When the password this session was opened with was set; a newer one ends the
	 * session.
	 */
	public @Nullable Instant passwordChangedAt() {
		return this.passwordChangedAt;
	}

	public boolean totpEnabled() {
		return this.totpEnabled;
	}

	public AuditLog.Actor actor() {
		return new AuditLog.Actor(this.id, this.email);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.role.authority()));
	}

	@Override
	public @Nullable String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.email;
	}

	/**
	 * Whether the account may sign in; checked only after the password, see
	 * {@link isEnabled}.
	 */
	public boolean active() {
		return this.enabled;
	}

	/**
	 * Always true: Spring Security would check it before the password, and answer faster
	 * for a disabled account than for a wrong password, telling an attacker which
	 * accounts exist. {@link AccountAuthenticationProvider} checks {@link #active()}
	 * after the password instead.
	 */
	@Override
	public boolean isEnabled() {
		return true;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	/**
	 * Whether both describe the account in the same state: role, language, name,
	 * two-factor.
	 */
	public boolean sameAs(AccountPrincipal other) {
		return other.id == this.id && other.role == this.role && other.language == this.language
				&& other.totpEnabled == this.totpEnabled && other.displayName.equals(this.displayName);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof AccountPrincipal principal && principal.id == this.id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.id);
	}

}
