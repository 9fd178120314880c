package be.mmmbelgium.site.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the audit log. It is never changed once written.
 */
@Entity
@Immutable
public class AuditEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private Instant occurredAt;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private AuditKind kind;

	private @Nullable Long accountId;

	private @Nullable String actorEmail;

	private @Nullable String target;

	private @Nullable String detail;

	private @Nullable String clientAddress;

	protected AuditEvent() {
	}

	AuditEvent(Instant occurredAt, AuditKind kind, @Nullable Long accountId, @Nullable String actorEmail,
			@Nullable String target, @Nullable String detail, @Nullable String clientAddress) {
		this.occurredAt = occurredAt;
		this.kind = kind;
		this.accountId = accountId;
		this.actorEmail = truncate(actorEmail, 254);
		this.target = truncate(target, 300);
		this.detail = truncate(detail, 1000);
		this.clientAddress = truncate(clientAddress, 64);
	}

	private static @Nullable String truncate(@Nullable String value, int length) {
		return value == null || value.length() <= length ? value : value.substring(0, length);
	}

	public Long getId() {
		return this.id;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public AuditKind getKind() {
		return this.kind;
	}

	public @Nullable Long getAccountId() {
		return this.accountId;
	}

	public @Nullable String getActorEmail() {
		return this.actorEmail;
	}

	public @Nullable String getTarget() {
		return this.target;
	}

	public @Nullable String getDetail() {
		return this.detail;
	}

	public @Nullable String getClientAddress() {
		return this.clientAddress;
	}

}
