package be.mmmbelgium.site.redirect;

import be.mmmbelgium.site.audit.AuditKind;
import be.mmmbelgium.site.audit.AuditLog;
import be.mmmbelgium.site.audit.Audited;
import be.mmmbelgium.site.audit.AuditedAs;

/**
 * What happens to the redirects of old addresses, published in the transaction that
 * changes them; the audit log records each once it is committed.
 */
public sealed interface RedirectEvent extends Audited {

	/**
	 * A redirect was added.
	 *
	 * @param detail where it leads
	 */
	@AuditedAs(AuditKind.REDIRECT_CREATED)
	record Created(AuditLog.Actor actor, String target, String detail) implements RedirectEvent {
	}

	/**
	 * A redirect was changed.
	 *
	 * @param detail where it led and where it leads now
	 */
	@AuditedAs(AuditKind.REDIRECT_CHANGED)
	record Changed(AuditLog.Actor actor, String target, String detail) implements RedirectEvent {
	}

	/**
	 * A redirect was deleted.
	 *
	 * @param detail where it led
	 */
	@AuditedAs(AuditKind.REDIRECT_DELETED)
	record Deleted(AuditLog.Actor actor, String target, String detail) implements RedirectEvent {
	}

}
