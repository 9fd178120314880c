package be.mmmbelgium.site.account.twofactor;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

import org.jspecify.annotations.Nullable;

import be.mmmbelgium.site.account.Account;

/**
 * A one-time code that stands in for the authenticator app when it is lost. Kept as a
 * hash; the codes are random enough that a plain SHA-256 cannot be reversed.
 */
@Entity
class RecoveryCode {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Account account;

	@Column(nullable = false, updatable = false)
	private String codeHash;

	private @Nullable Instant usedAt;

	protected RecoveryCode() {
	}

	RecoveryCode(Account account, String codeHash) {
		this.account = account;
		this.codeHash = codeHash;
	}

	Long getId() {
		return this.id;
	}

}
