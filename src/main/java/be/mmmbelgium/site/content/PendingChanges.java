package be.mmmbelgium.site.content;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;

import be.mmmbelgium.site.account.AccountPrincipal;

/**
 * The changes prepared for the published items of one kind of content: kept aside while
 * the site goes on showing the item as it was published, shown in its form and preview,
 * until someone who publishes puts them live or someone discards them.
 * <p>
 * Reached through its {@link ContentEditor}, in the editor's transactions.
 *
 * @param <T> the kind of content
 * @param <F> the form that writes it
 */
class PendingChanges<T extends TranslatableContent, F extends ContentForm> {

	private final ContentEditor<T, F> kind;

	private final ContentPermissions<T> permissions;

	private final PendingChangeRepository changes;

	private final ApplicationEventPublisher events;

	/** Where a change is tried out and undone, to see what it would give. */
	private final Trials trials;

	PendingChanges(ContentEditor<T, F> kind, ContentPermissions<T> permissions, ContentEditing editing) {
		this.kind = kind;
		this.permissions = permissions;
		this.changes = editing.pendingChanges();
		this.events = editing.events();
		this.trials = editing.trials();
	}

	/**
	 * Keeps changes to a published item aside: the site goes on showing the item as it
	 * was published until someone who publishes puts them live. Checked as a save would
	 * be (a slug taken, someone's change since), without changing the item.
	 * @throws ContentEditor.ChangedMeanwhile when someone saved the item, or other
	 * changes to it, since the form was opened
	 */
	T prepare(long id, F form, AccountPrincipal who) {
		// First: a trial forgets every entity loaded before it.
		Revision.Snapshot wouldBe = this.trials.undone(() -> {
			T trial = this.kind.get(id);
			this.kind.change(trial, form);
			return this.kind.snapshot(trial);
		});
		T item = this.kind.get(id);
		this.permissions.requireMayEdit(item, who);
		if (item.getStatus() != Status.PUBLISHED) {
			throw new IllegalStateException("Changes are kept aside for a published item only");
		}
		PendingChange pending = of(item).orElse(null);
		if (pending != null ? !Objects.equals(pending.getVersion(), form.getPendingVersion())
				: form.getPendingVersion() != null) {
			throw new ContentEditor.ChangedMeanwhile(item);
		}
		this.kind.requireUnchangedSince(item, form.getVersion());
		if (pending == null) {
			pending = new PendingChange(this.kind.contentType(), id, wouldBe, item.getVersion(), who.id(), who.email(),
					this.kind.now());
		}
		else {
			pending.keep(wouldBe, item.getVersion(), who.id(), who.email(), this.kind.now());
		}
		this.changes.save(pending);
		this.events.publishEvent(new ContentEvent.Changed(who.actor(), this.kind.target(item), "changes prepared"));
		return item;
	}

	/**
	 * The item as its form shows it: with the changes prepared for it, when there are,
	 * for its form and preview; as it is otherwise. The changes are tried out and undone,
	 * so the item comes detached from the database, and the site is not changed.
	 */
	T appliedTo(long id) {
		T saved = this.kind.get(id);
		if (of(saved).isEmpty()) {
			return saved;
		}
		return this.trials.undone(() -> {
			T item = this.kind.get(id);
			of(item).ifPresent((pending) -> {
				this.kind.applySnapshot(item, pending.snapshot());
				this.kind.load(item);
			});
			return item;
		});
	}

	/** The changes prepared for an item and not yet live, if any. */
	Optional<PendingChange> of(T item) {
		return item.getId() == null ? Optional.empty()
				: this.changes.findByContentTypeAndContentId(this.kind.contentType(), item.getId());
	}

	/** The changes of a writer that a reviewer sent back, not proposed again since. */
	List<PendingChange> sentBackTo(long writer) {
		return this.changes
			.findByContentTypeAndSavedByAndSubmittedAtIsNullAndReviewNoteIsNotNull(this.kind.contentType(), writer);
	}

	/** The items whose changes were proposed for review, the earliest first. */
	List<Long> awaitingReview() {
		return this.changes.findByContentTypeAndSubmittedAtIsNotNullOrderBySubmittedAtAsc(this.kind.contentType())
			.stream()
			.map(PendingChange::getContentId)
			.toList();
	}

	/** The changes prepared for these items, by item id, for the lists. */
	Map<Long, PendingChange> ofEach(List<T> list) {
		return this.changes
			.findByContentTypeAndContentIdIn(this.kind.contentType(), list.stream().map(T::getId).toList())
			.stream()
			.collect(Collectors.toMap(PendingChange::getContentId, (pending) -> pending));
	}

	/**
	 * What the changes prepared for an item (loaded as {@link ContentEditor#get} loads
	 * it) would change on the site.
	 */
	List<Revisions.Passage> differences(T item, PendingChange pending) {
		return Revisions.diff(this.kind.snapshot(item), pending.snapshot());
	}

	/**
	 * Puts the changes prepared for an item live, as they were when the reviewer saw
	 * them.
	 * @throws ContentEditor.ChangedMeanwhile when the changes, or the item, were saved
	 * since
	 */
	T publish(long id, Long pendingVersion, AccountPrincipal who) {
		this.permissions.requirePublisher(who);
		T item = this.kind.get(id);
		PendingChange pending = of(item)
			.orElseThrow(() -> new IllegalStateException("No changes prepared for this item"));
		if (!Objects.equals(pending.getVersion(), pendingVersion) || pending.getBaseVersion() != item.getVersion()) {
			throw new ContentEditor.ChangedMeanwhile(item);
		}
		this.kind.applySnapshot(item, pending.snapshot());
		forget(id);
		T saved = this.kind.saveChanged(item, who, "changes published");
		this.events.publishEvent(new ContentEvent.Published(who.actor(), this.kind.target(saved), "changes"));
		return saved;
	}

	/**
	 * Forgets the changes prepared for an item: whoever prepared them, or someone who
	 * publishes.
	 */
	void discard(long id, AccountPrincipal who) {
		T item = this.kind.get(id);
		PendingChange pending = of(item).orElse(null);
		if (pending == null) {
			return;
		}
		if (!this.permissions.mayDiscard(item, pending, who)) {
			throw new AccessDeniedException("May not discard these changes");
		}
		forget(id);
		this.events.publishEvent(new ContentEvent.Changed(who.actor(), this.kind.target(item), "changes discarded"));
	}

	/**
	 * Forgets the changes prepared for an item, without a word: they are in a save, or
	 * the item is gone.
	 */
	void forget(long id) {
		this.changes.deleteByContentTypeAndContentId(this.kind.contentType(), id);
	}

}
