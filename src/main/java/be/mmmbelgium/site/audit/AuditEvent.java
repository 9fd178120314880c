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

	private Long accountId;

	private String actorEmail;

	private String target;

	private String detail;

	private String clientAddress;

	protected AuditEvent() {
	}

	AuditEvent(Instant occurredAt, AuditKind kind, Long accountId, String actorEmail, String target, String detail,
			String clientAddress) {
		this.occurredAt = occurredAt;
		this.kind = kind;
		this.accountId = accountId;
		this.actorEmail = truncate(actorEmail, 254);
		this.target = truncate(target, 300);
		this.detail = truncate(detail, 1000);
		this.clientAddress = truncate(clientAddress, 64);
	}

	private static String truncate(String value, int length) {
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

	public Long getAccountId() {
		return this.accountId;
	}

	public String getActorEmail() {
		return this.actorEmail;
	}

	public String getTarget() {
		return this.target;
	}

	public String getDetail() {
		return this.detail;
	}

	public String getClientAddress() {
		return this.clientAddress;
	}

}
