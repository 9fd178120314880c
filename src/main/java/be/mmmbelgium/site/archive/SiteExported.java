package be.mmmbelgium.site.archive;

import be.mmmbelgium.site.audit.AuditKind;
import be.mmmbelgium.site.audit.AuditLog;
import be.mmmbelgium.site.audit.Audited;
import be.mmmbelgium.site.audit.AuditedAs;

/**
 * Everything was exported: an archive of the site, accounts included, left it.
 *
 * @param target the archive's file name
 * @param detail what it holds
 */
@AuditedAs(AuditKind.SITE_EXPORTED)
record SiteExported(AuditLog.Actor actor, String target, String detail) implements Audited {
}
