package be.mmmbelgium.site.audit;

import org.jspecify.annotations.Nullable;

/**
 * Something done on the site that the audit log keeps. The modules' domain events
 * implement it, and {@link AuditedEvents} records each once the transaction that
 * published it has committed: a change that rolls back is never logged as done.
 */
public interface Audited {

	/** What the entry records: what the event's type is {@link AuditedAs declared as}. */
	default AuditKind auditKind() {
		AuditedAs declared = getClass().getAnnotation(AuditedAs.class);
		if (declared == null) {
			throw new IllegalStateException(getClass().getName() + " says nothing of what it is: annotate it with @"
					+ AuditedAs.class.getSimpleName());
		}
		return declared.value();
	}

	/**
	 * Who did it; {@link AuditLog.Actor#NOBODY} when no one did, as at the first start.
	 */
	AuditLog.Actor actor();

	/** What it was done to, as the log names it, such as an account's e-mail. */
	@Nullable String target();

	/** Anything else worth keeping, such as the new role; none by default. */
	default @Nullable String detail() {
		return null;
	}

}
