package be.mmmbelgium.site.account.link;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

import org.jspecify.annotations.Nullable;

import be.mmmbelgium.site.account.Account;

/**
 * A one-time link, known by the hash of its token only.
 */
@Entity
public class AccountToken {

	public enum Purpose {

		/** Lets the holder choose the password of an account: a new one, or a reset. */
		SET_PASSWORD,

		/** Lets the holder create the first admin of a site that has no account. */
		FIRST_ADMIN

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private String tokenHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private Purpose purpose;

	@ManyToOne(fetch = FetchType.LAZY)
	private @Nullable Account account;

	@Column(nullable = false, updatable = false)
	private Instant expiresAt;

	private @Nullable Instant usedAt;

	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	protected AccountToken() {
	}

	AccountToken(String tokenHash, Purpose purpose, @Nullable Account account, Instant createdAt, Instant expiresAt) {
		this.tokenHash = tokenHash;
		this.purpose = purpose;
		this.account = account;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	boolean isUsableAt(Instant now) {
		return this.usedAt == null && now.isBefore(this.expiresAt);
	}

	void use(Instant now) {
		this.usedAt = now;
	}

	Long getId() {
		return this.id;
	}

	Purpose getPurpose() {
		return this.purpose;
	}

	public @Nullable Account getAccount() {
		return this.account;
	}

}
