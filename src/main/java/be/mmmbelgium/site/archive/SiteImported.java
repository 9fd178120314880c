package be.mmmbelgium.site.archive;

import be.mmmbelgium.site.audit.AuditKind;
import be.mmmbelgium.site.audit.AuditLog;
import be.mmmbelgium.site.audit.Audited;
import be.mmmbelgium.site.audit.AuditedAs;

/**
 * An archive was imported into this site.
 *
 * @param target the address of the site it was written from
 * @param detail what it brought
 */
@AuditedAs(AuditKind.SITE_IMPORTED)
record SiteImported(AuditLog.Actor actor, String target, String detail) implements Audited {
}
