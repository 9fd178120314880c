package be.mmmbelgium.site.content;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import be.mmmbelgium.site.account.Accounts;
import be.mmmbelgium.site.audit.AuditLog;

/**
 * What every kind's editor works with besides its own repository: the revisions, the
 * audit log, the people who write, and the clock.
 *
 * @param revisions a revision for every save
 * @param audit where every change is recorded
 * @param accounts the people who write and review
 * @param clock what "now" is
 * @param events where what happened to content is told, for those who act on it
 * @param pendingChanges the changes prepared for published items
 * @param trials where a change is tried out and undone
 */
@Component
public record ContentEditing(Revisions revisions, AuditLog audit, Accounts accounts, Clock clock,
		ApplicationEventPublisher events, PendingChangeRepository pendingChanges, Trials trials) {
}
