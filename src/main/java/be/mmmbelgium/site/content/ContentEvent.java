package be.mmmbelgium.site.content;

import java.util.List;

import org.jspecify.annotations.Nullable;

import be.mmmbelgium.site.account.Role;
import be.mmmbelgium.site.audit.AuditKind;
import be.mmmbelgium.site.audit.AuditLog.Actor;
import be.mmmbelgium.site.audit.Audited;
import be.mmmbelgium.site.audit.AuditedAs;
import be.mmmbelgium.site.web.Language;

/**
 * What happens to content in the back-office, published by the editors in the transaction
 * that makes the change. The audit log records each once it is committed; other modules
 * listen to those they care about: {@code review} to submissions, {@code redirect} to
 * removals. Each names the item as the audit log does ({@code target}), such as
 * {@code news 12 fr/une-mere}.
 */
public sealed interface ContentEvent extends Audited {

	/**
	 * A new item, written or begun as a translation.
	 *
	 * @param detail what it was made from, if anything
	 */
	@AuditedAs(AuditKind.CONTENT_CREATED)
	record Created(Actor actor, String target, @Nullable String detail) implements ContentEvent {
	}

	/**
	 * An item changed: its text, its place, a change prepared or discarded, a revision
	 * brought back.
	 *
	 * @param detail what changed
	 */
	@AuditedAs(AuditKind.CONTENT_CHANGED)
	record Changed(Actor actor, String target, String detail) implements ContentEvent {
	}

	/**
	 * An item, or the changes prepared for it, went live or was scheduled.
	 *
	 * @param detail the publication instant, or what was published
	 */
	@AuditedAs(AuditKind.CONTENT_PUBLISHED)
	record Published(Actor actor, String target, String detail) implements ContentEvent {
	}

	/** An item left the public site and became a draft again. */
	@AuditedAs(AuditKind.CONTENT_UNPUBLISHED)
	record Unpublished(Actor actor, String target) implements ContentEvent {
	}

	/**
	 * A draft, or changes to a published item, awaits review.
	 *
	 * @param title the item's title
	 * @param language the item's language
	 * @param formPath the item's form in the back-office, such as {@code /admin/news/12}
	 * @param reviewers the role that reviews and publishes this kind
	 * @param submitterId who submitted it, who need not be told
	 */
	@AuditedAs(AuditKind.CONTENT_SUBMITTED)
	record Submitted(Actor actor, String target, String title, Language language, String formPath, Role reviewers,
			long submitterId) implements ContentEvent {
	}

	/**
	 * A reviewer sent a draft back to its author.
	 *
	 * @param detail what the reviewer asks of it
	 */
	@AuditedAs(AuditKind.CONTENT_SENT_BACK)
	record SentBack(Actor actor, String target, String detail) implements ContentEvent {
	}

	/**
	 * An item went to the trash.
	 *
	 * @param paths the public addresses it had, which answer 410 Gone from now on
	 */
	@AuditedAs(AuditKind.CONTENT_TRASHED)
	record Trashed(Actor actor, String target, List<String> paths) implements ContentEvent, Removal {

		public Trashed {
			paths = List.copyOf(paths);
		}

	}

	/**
	 * An item was taken out of the trash, as a draft.
	 *
	 * @param paths the public addresses it had, which may serve it again once it is
	 * published
	 */
	@AuditedAs(AuditKind.CONTENT_RESTORED)
	record Restored(Actor actor, String target, List<String> paths) implements ContentEvent {

		public Restored {
			paths = List.copyOf(paths);
		}

	}

	/**
	 * An item was deleted for good, from the trash or with the series it belonged to.
	 *
	 * @param paths the public addresses it had, which keep answering 410 Gone
	 */
	@AuditedAs(AuditKind.CONTENT_DELETED)
	record Deleted(Actor actor, String target, List<String> paths) implements ContentEvent, Removal {

		public Deleted {
			paths = List.copyOf(paths);
		}

	}

	/** Content that left the public site on purpose: its addresses answer 410 Gone. */
	interface Removal {

		/** The public addresses the content had. */
		List<String> paths();

	}

}
