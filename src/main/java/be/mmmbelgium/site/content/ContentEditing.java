package be.mmmbelgium.site.content;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import be.mmmbelgium.site.account.Accounts;

/**
 * What every kind's editor works with besides its own repository: the revisions, the
 * people who write, the clock, and where it tells what it did.
 *
 * @param revisions a revision for every save
 * @param accounts the people who write and review
 * @param clock what "now" is
 * @param events where what happened to content is told: the audit log records it, and
 * other modules act on it
 * @param pendingChanges the changes prepared for published items
 * @param trials where a change is tried out and undone
 */
@Component
public record ContentEditing(Revisions revisions, Accounts accounts, Clock clock, ApplicationEventPublisher events,
		PendingChangeRepository pendingChanges, Trials trials) {
}
