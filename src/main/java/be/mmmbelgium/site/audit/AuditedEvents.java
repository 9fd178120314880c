package be.mmmbelgium.site.audit;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Records the audited domain events once their transaction has committed, or at once when
 * they were published outside a transaction (a sign-out).
 */
@Component
class AuditedEvents {

	private final AuditLog log;

	AuditedEvents(AuditLog log) {
		this.log = log;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void record(Audited event) {
		this.log.record(event.auditKind(), event.actor(), event.target(), event.detail());
	}

}
