package be.mmmbelgium.site.wordpress;

import be.mmmbelgium.site.audit.AuditKind;
import be.mmmbelgium.site.audit.AuditLog;
import be.mmmbelgium.site.audit.Audited;
import be.mmmbelgium.site.audit.AuditedAs;

/**
 * A WordPress export was imported: one entry in the audit log for the whole import.
 *
 * @param target the old site's address
 * @param detail the report's summary
 */
@AuditedAs(AuditKind.WORDPRESS_IMPORTED)
record WordPressImported(AuditLog.Actor actor, String target, String detail) implements Audited {
}
