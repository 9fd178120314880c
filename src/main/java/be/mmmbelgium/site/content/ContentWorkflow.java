package be.mmmbelgium.site.content;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;

import be.mmmbelgium.site.account.AccountPrincipal;
import be.mmmbelgium.site.system.SiteTime;

/**
 * The editorial workflow of one kind of content: review (submit, send back), publication
 * (now or scheduled, and off the site again), the trash, and the stage each item is at.
 * Each step is stored at once and told as a {@link ContentEvent}.
 * <p>
 * Reached through its {@link ContentEditor}, in the editor's transactions.
 *
 * @param <T> the kind of content
 */
class ContentWorkflow<T extends TranslatableContent> {

	private final ContentEditor<T, ?> kind;

	private final ContentRepository<T> items;

	private final ContentPermissions<T> permissions;

	private final PendingChanges<T, ?> pendingChanges;

	private final Revisions revisions;

	private final ApplicationEventPublisher events;

	ContentWorkflow(ContentEditor<T, ?> kind, ContentRepository<T> items, ContentPermissions<T> permissions,
			PendingChanges<T, ?> pendingChanges, ContentEditing editing) {
		this.kind = kind;
		this.items = items;
		this.permissions = permissions;
		this.pendingChanges = pendingChanges;
		this.revisions = editing.revisions();
		this.events = editing.events();
	}

	/** The stage of an item now. */
	WorkflowStage stageOf(T item) {
		return WorkflowStage.of(item, this.kind.now());
	}

	/** The stage of each item now, by id, for the lists. */
	Map<Long, WorkflowStage> stagesOf(List<T> list) {
		Instant now = this.kind.now();
		return list.stream().collect(Collectors.toMap(T::getId, (item) -> WorkflowStage.of(item, now)));
	}

	/**
	 * Asks a publisher to review a draft, or the changes prepared for a published item;
	 * the author may still correct them until they are published.
	 */
	void submit(long id, AccountPrincipal who) {
		T item = this.kind.get(id);
		this.permissions.requireMayEdit(item, who);
		Optional<PendingChange> pending = item.getStatus() == Status.PUBLISHED ? this.pendingChanges.of(item)
				: Optional.empty();
		if (pending.isPresent()) {
			pending.get().submit(this.kind.now());
		}
		else {
			item.submitForReview(this.kind.now());
		}
		stored(item);
		this.events.publishEvent(new ContentEvent.Submitted(who.actor(), this.kind.target(item), item.getTitle(),
				item.getLanguage(), this.kind.formPath(item), this.kind.publisher(), who.id()));
	}

	/**
	 * Sends a draft awaiting review back to its author, with what the reviewer asks of
	 * it.
	 */
	void sendBack(long id, String note, AccountPrincipal who) {
		this.permissions.requirePublisher(who);
		T item = this.kind.get(id);
		Optional<PendingChange> pending = this.pendingChanges.of(item).filter(PendingChange::isSubmitted);
		if (pending.isPresent()) {
			pending.get().sendBack(note, who.displayName());
		}
		else {
			item.sendBack(note, who.displayName());
		}
		stored(item);
		this.events.publishEvent(new ContentEvent.SentBack(who.actor(), this.kind.target(item), note));
	}

	/**
	 * Publishes at a date and time in Brussels, or now; a later date schedules it.
	 * @return the stage the item is at now: published, or scheduled
	 */
	WorkflowStage publish(long id, @Nullable LocalDateTime at, AccountPrincipal who) {
		this.permissions.requirePublisher(who);
		T item = this.kind.get(id);
		this.kind.requirePublishable(item);
		Instant instant = at == null ? this.kind.now().truncatedTo(ChronoUnit.SECONDS)
				: at.atZone(SiteTime.ZONE).toInstant();
		item.publish(instant);
		stored(item);
		this.events.publishEvent(new ContentEvent.Published(who.actor(), this.kind.target(item), instant.toString()));
		return stageOf(item);
	}

	void unpublish(long id, AccountPrincipal who) {
		T item = changedByPublisher(id, who, TranslatableContent::unpublish);
		this.events.publishEvent(new ContentEvent.Unpublished(who.actor(), this.kind.target(item)));
	}

	/** Moves an item to the trash: it leaves the site, and its address answers 410. */
	void trash(long id, AccountPrincipal who) {
		T item = changedByPublisher(id, who, TranslatableContent::trash);
		// From now on its addresses answer 410 Gone, on every public page that looks them
		// up.
		this.events
			.publishEvent(new ContentEvent.Trashed(who.actor(), this.kind.target(item), this.kind.publicPaths(item)));
	}

	/** Takes an item out of the trash, as a draft. */
	void restore(long id, AccountPrincipal who) {
		T item = changedByPublisher(id, who, TranslatableContent::restore);
		this.events
			.publishEvent(new ContentEvent.Restored(who.actor(), this.kind.target(item), this.kind.publicPaths(item)));
	}

	/** Changes the state of an item, for someone who publishes, and stores it. */
	private T changedByPublisher(long id, AccountPrincipal who, Consumer<T> change) {
		this.permissions.requirePublisher(who);
		T item = this.kind.get(id);
		change.accept(item);
		stored(item);
		return item;
	}

	/** Deletes the items in the trash for good; their addresses keep answering 410. */
	int emptyTrash(AccountPrincipal who) {
		this.permissions.requirePublisher(who);
		List<T> trashed = this.items.findByStatus(Status.TRASHED).stream().filter(this.kind::mayDelete).toList();
		for (T item : trashed) {
			this.events.publishEvent(
					new ContentEvent.Deleted(who.actor(), this.kind.target(item), this.kind.publicPaths(item)));
			this.revisions.forget(this.kind.contentType(), item.getId());
			this.pendingChanges.forget(item.getId());
			this.kind.beforeDelete(item, who);
			this.items.delete(item);
		}
		return trashed.size();
	}

	/**
	 * Writes a change of state (review, publication, trash) at once, so that the version
	 * a form shows next is the one the database holds.
	 */
	private void stored(T item) {
		this.items.saveAndFlush(item);
	}

}
