package be.mmmbelgium.site.account;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

import be.mmmbelgium.site.web.Language;

/**
 * A person who works in the back-office. An account is disabled rather than deleted, so
 * the audit log keeps meaning who did what.
 */
@Entity
@EntityListeners(AuditingEntityListener.class)
public class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private String email;

	@Column(nullable = false)
	private String displayName;

	private @Nullable String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role role;

	private boolean enabled = true;

	@Column(nullable = false)
	private Language language = Language.DEFAULT;

	private @Nullable String totpSecret;

	private boolean totpEnabled;

	private @Nullable Long totpLastStep;

	private @Nullable Instant passwordChangedAt;

	@CreatedDate
	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	@LastModifiedDate
	@Column(nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Account() {
	}

	public Account(String email, String displayName, Role role) {
		this.email = normalise(email);
		this.displayName = Objects.requireNonNull(displayName).strip();
		this.role = Objects.requireNonNull(role);
	}

	/** E-mail addresses are compared without regard to case or surrounding spaces. */
	public static String normalise(@Nullable String email) {
		return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
	}

	void setPasswordHash(String passwordHash, Instant when) {
		this.passwordHash = Objects.requireNonNull(passwordHash);
		// As the database keeps it (microseconds), so that a session that compares it
		// with the stored value matches whether or not the account was read back since.
		this.passwordChangedAt = when.truncatedTo(ChronoUnit.MICROS);
	}

	void changeRole(Role role) {
		this.role = Objects.requireNonNull(role);
	}

	public void disable() {
		this.enabled = false;
	}

	void enable() {
		this.enabled = true;
	}

	void setLanguage(Language language) {
		this.language = Objects.requireNonNull(language);
	}

	/** Turns two-factor sign-in on with a secret the person's app has shown it knows. */
	public void enableTwoFactor(String secret, long step) {
		this.totpSecret = Objects.requireNonNull(secret);
		this.totpEnabled = true;
		this.totpLastStep = step;
	}

	public void stopTwoFactor() {
		this.totpSecret = null;
		this.totpEnabled = false;
		this.totpLastStep = null;
	}

	public @Nullable Long getTotpLastStep() {
		return this.totpLastStep;
	}

	public Long getId() {
		return this.id;
	}

	public String getEmail() {
		return this.email;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public @Nullable String getPasswordHash() {
		return this.passwordHash;
	}

	public boolean hasPassword() {
		return this.passwordHash != null;
	}

	public Role getRole() {
		return this.role;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public Language getLanguage() {
		return this.language;
	}

	public @Nullable String getTotpSecret() {
		return this.totpSecret;
	}

	public boolean isTotpEnabled() {
		return this.totpEnabled;
	}

	public @Nullable Instant getPasswordChangedAt() {
		return this.passwordChangedAt;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public long getVersion() {
		return this.version;
	}

}
