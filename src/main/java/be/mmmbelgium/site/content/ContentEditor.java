package be.mmmbelgium.site.content;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

import be.mmmbelgium.site.account.AccountPrincipal;
import be.mmmbelgium.site.account.Accounts;
import be.mmmbelgium.site.account.Role;
import be.mmmbelgium.site.web.ContentNotFoundException;
import be.mmmbelgium.site.web.Language;
import be.mmmbelgium.site.web.Slugs;

/**
 * What writing any kind of content in the back-office has in common: who may change what,
 * slugs unique per language, no save over someone else's change, a revision for every
 * save, translations and whether they are out of date, review, publication, trash; every
 * change told as a {@link ContentEvent}, which the audit log records.
 * <p>
 * Each kind (news, episodes, pages) extends it with its own fields and says who writes
 * and who publishes it. It keeps creating, changing and the revisions of an item itself,
 * and hands the rest to collaborators that work with its hooks: who may do what
 * ({@link ContentPermissions}), translations ({@link ContentTranslations}), the changes
 * prepared for a published item ({@link PendingChanges}) and review, publication and
 * trash ({@link ContentWorkflow}). Its public methods are where its transactions start,
 * so callers reach those collaborators through it.
 *
 * @param <T> the kind of content
 * @param <F> the form that writes it
 */
@Transactional
public abstract class ContentEditor<T extends TranslatableContent, F extends ContentForm> {

	private final ContentRepository<T> items;

	private final Revisions revisions;

	private final Clock clock;

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	private final ContentPermissions<T> permissions;

	private final ContentTranslations<T> translations;

	private final PendingChanges<T, F> pendingChanges;

	private final ContentWorkflow<T> workflow;

	protected ContentEditor(ContentRepository<T> items, ContentEditing editing) {
		this.items = items;
		this.revisions = editing.revisions();
		this.accounts = editing.accounts();
		this.clock = editing.clock();
		this.events = editing.events();
		this.permissions = new ContentPermissions<>(this);
		this.translations = new ContentTranslations<>(this, items, this.permissions, editing);
		this.pendingChanges = new PendingChanges<>(this, this.permissions, editing);
		this.workflow = new ContentWorkflow<>(this, items, this.permissions, this.pendingChanges, editing);
	}

	/**
	 * A new item of this kind made from a form, in its language, not saved yet; what
	 * every kind's form holds beyond the title and slug is {@link #apply applied} next.
	 */
	protected abstract T newItem(F form, String slug);

	/** Puts what a form holds beyond the title and the slug into an item. */
	protected abstract void apply(F form, T item);

	/**
	 * Checks what a kind needs checked before an item is created or changed, such as a
	 * number free.
	 */
	protected void checkChange(T item, F form) {
	}

	/** The slug of an item whose title gives none, such as {@code actualite}. */
	protected abstract String defaultSlug();

	/** Where an item's form is in the back-office, such as {@code /admin/news/12}. */
	protected abstract String formPath(T item);

	/** How revisions and the audit log name this kind, such as {@code news}. */
	protected abstract String contentType();

	/** The text of an item as a revision keeps it. */
	protected abstract Revision.Snapshot snapshot(T item);

	/** Puts the text of a revision back into an item (its slug is set already). */
	protected abstract void restoreText(T item, Revision.Snapshot snapshot);

	/**
	 * A new item translating {@code source} into a language, pre-filled with its text.
	 */
	protected abstract T newTranslation(T source, Language language, String slug);

	/** The public address an item has, or had, under one of its slugs. */
	protected abstract String publicPath(T item, String slug);

	/**
	 * The public addresses of an item, the current one first, which answer 410 once it is
	 * deleted.
	 */
	protected List<String> publicPaths(T item) {
		return item.allSlugs().stream().map((slug) -> publicPath(item, slug)).toList();
	}

	/**
	 * Who may write this kind of content (their own drafts, when they are not
	 * publishers).
	 */
	protected Role writer() {
		return Role.CONTRIBUTOR;
	}

	/** Who may change any item of this kind, publish, schedule and remove it. */
	protected Role publisher() {
		return Role.EDITOR;
	}

	protected ContentRepository<T> items() {
		return this.items;
	}

	protected Instant now() {
		return Instant.now(this.clock);
	}

	/**
	 * An item with what its form and pages show of it loaded, so that it can be used once
	 * the transaction is over.
	 */
	@Transactional(readOnly = true)
	public T get(long id) {
		T item = this.items.findById(id).orElseThrow(() -> new ContentNotFoundException(contentType()));
		load(item);
		return item;
	}

	/** Loads what a kind's forms show of an item beyond its own columns. */
	protected void load(T item) {
	}

	/** The name of the person who wrote an item, as the back-office shows it. */
	@Transactional(readOnly = true)
	public Optional<String> authorName(T item) {
		return nameOf(item.getAuthorId());
	}

	/** The name of someone, as the back-office shows it, while their account exists. */
	@Transactional(readOnly = true)
	public Optional<String> nameOf(@Nullable Long accountId) {
		return accountId == null ? Optional.empty() : this.accounts.displayNameOf(accountId);
	}

	/** What changed in an item since a version of it, as its revisions tell. */
	@Transactional(readOnly = true)
	public List<Revisions.Passage> changesSince(long id, long version) {
		return this.revisions.changesSince(contentType(), id, version);
	}

	/** The names of the people who wrote these items, by item id, for the lists. */
	@Transactional(readOnly = true)
	public Map<Long, String> authorNamesOf(List<T> list) {
		Map<Long, String> names = this.accounts
			.displayNames(list.stream().map(T::getAuthorId).filter(Objects::nonNull).collect(Collectors.toSet()));
		Map<Long, String> byItem = new HashMap<>();
		list.stream()
			.filter((item) -> item.getAuthorId() != null && names.containsKey(item.getAuthorId()))
			.forEach((item) -> byItem.put(item.getId(), names.get(item.getAuthorId())));
		return byItem;
	}

	/**
	 * The address of an item on the public site, while visitors can see it there, for the
	 * back-office's "view on the site" link. It names the item's version: public pages
	 * may be kept a minute by browsers, and the person who just published a change would
	 * otherwise be shown the page as their browser kept it.
	 */
	public Optional<String> liveAddress(T item) {
		return item.isVisibleAt(now()) ? Optional.of(publicPath(item, item.getSlug()) + "?version=" + item.getVersion())
				: Optional.empty();
	}

	/** The stage of an item now. */
	public WorkflowStage stageOf(T item) {
		return this.workflow.stageOf(item);
	}

	/** The stage of each item now, by id, for the lists. */
	public Map<Long, WorkflowStage> stagesOf(List<T> list) {
		return this.workflow.stagesOf(list);
	}

	/**
	 * Whether someone may change an item: publishers any, writers their own drafts, and
	 * their own published items through changes that a publisher puts live.
	 */
	public boolean mayEdit(T item, AccountPrincipal who) {
		return this.permissions.mayEdit(item, who);
	}

	/** Whether someone may write a new item of this kind. */
	public boolean mayWrite(AccountPrincipal who) {
		return this.permissions.mayWrite(who);
	}

	public boolean mayPublish(AccountPrincipal who) {
		return this.permissions.mayPublish(who);
	}

	/**
	 * Whether someone may discard changes prepared for an item: whoever prepared them, or
	 * who publishes.
	 */
	public boolean mayDiscard(T item, PendingChange pending, AccountPrincipal who) {
		return this.permissions.mayDiscard(item, pending, who);
	}

	protected void requirePublisher(AccountPrincipal who) {
		this.permissions.requirePublisher(who);
	}

	/**
	 * Checks that a form opened on {@code formVersion} may be saved over the item.
	 * @throws ChangedMeanwhile when someone saved it since, with the item as it is now
	 */
	protected void requireUnchangedSince(T item, @Nullable Long formVersion) {
		if (!Objects.equals(formVersion, item.getVersion())) {
			throw new ChangedMeanwhile(item);
		}
	}

	/**
	 * Checks that no other item of the language has the slug.
	 * @param id the item that wants it, or null for a new one
	 */
	protected void requireSlugFree(Language language, String slug, @Nullable Long id) {
		boolean taken = id == null ? this.items.existsByLanguageAndSlug(language, slug)
				: this.items.existsByLanguageAndSlugAndIdNot(language, slug, id);
		if (taken) {
			throw new SlugTaken(slug);
		}
	}

	/** Saves a new item written by {@code author}, with its first revision. */
	protected T saveNew(T item, AccountPrincipal author, @Nullable String detail) {
		item.setAuthorId(author.id());
		T saved = this.items.saveAndFlush(item);
		keepRevision(saved, author);
		this.events.publishEvent(new ContentEvent.Created(author.actor(), target(saved), detail));
		return saved;
	}

	/** Saves a changed item, with a revision. */
	protected T saveChanged(T item, AccountPrincipal who, @Nullable String detail) {
		T saved = this.items.saveAndFlush(item);
		keepRevision(saved, who);
		this.events.publishEvent(new ContentEvent.Changed(who.actor(), target(saved),
				(detail != null) ? detail : "version " + saved.getVersion()));
		return saved;
	}

	private void keepRevision(T item, AccountPrincipal who) {
		this.revisions.record(contentType(), item.getId(), item.getVersion(), who.id(), who.email(), snapshot(item));
	}

	/**
	 * Keeps a first revision of every item that has none: content made outside the forms
	 * (the demo content, an import), whose history then starts as it was made.
	 * @return how many revisions were kept
	 */
	public int keepFirstRevisions() {
		int kept = 0;
		for (T item : this.items.findAll()) {
			if (!this.revisions.hasAny(contentType(), item.getId())) {
				this.revisions.record(contentType(), item.getId(), item.getVersion(), null, null, snapshot(item));
				kept++;
			}
		}
		return kept;
	}

	/**
	 * Saves an item made outside the forms (an import) and keeps a revision of it as it
	 * is now, in the caller's transaction. Nothing is told: the import is recorded once,
	 * as a whole.
	 * @param authorId who the revision is recorded for; null for nobody
	 */
	public T saveImported(T item, @Nullable Long authorId) {
		T saved = this.items.saveAndFlush(item);
		this.revisions.record(contentType(), saved.getId(), saved.getVersion(), authorId, null, snapshot(saved));
		return saved;
	}

	/** A new draft written by {@code author} from a form whose fields are valid. */
	public T create(F form, AccountPrincipal author) {
		this.permissions.requireMayWrite(author);
		String slug = slugOf(form);
		T item = newItem(form, slug);
		requireSlugFree(item.getLanguage(), slug, null);
		checkChange(item, form);
		apply(form, item);
		return saveNew(item, author, null);
	}

	/**
	 * Saves an item as changed in a form opened on {@code form.getVersion()}. A published
	 * item changes on the site at once, so only someone who publishes saves it this way;
	 * changes prepared for it beforehand are in the form, and are not pending any more.
	 * @throws ChangedMeanwhile when someone saved it, or changes prepared for it, since
	 */
	public T update(long id, F form, AccountPrincipal who) {
		T item = get(id);
		this.permissions.requireMayEdit(item, who);
		if (item.getStatus() == Status.PUBLISHED) {
			this.permissions.requirePublisher(who);
		}
		Optional<PendingChange> pending = this.pendingChanges.of(item);
		if (pending.isPresent() && !Objects.equals(pending.get().getVersion(), form.getPendingVersion())) {
			throw new ChangedMeanwhile(item);
		}
		change(item, form);
		pending.ifPresent((change) -> this.pendingChanges.forget(id));
		return saveChanged(item, who, null);
	}

	/** Puts a form into an item, after the checks every change passes. */
	void change(T item, F form) {
		requireUnchangedSince(item, form.getVersion());
		String slug = slugOf(form);
		if (!slug.equals(item.getSlug())) {
			requireSlugFree(item.getLanguage(), slug, item.getId());
		}
		checkChange(item, form);
		item.changeSlug(slug);
		item.setTitle(form.getTitle().strip());
		apply(form, item);
	}

	private String slugOf(F form) {
		return Slugs.chosenOrFromTitle(form.getSlug(), form.getTitle(), defaultSlug());
	}

	/**
	 * Keeps changes to a published item aside: the site goes on showing the item as it
	 * was published until someone who publishes puts them live. Checked as a save would
	 * be (a slug taken, someone's change since), without changing the item.
	 * @throws ChangedMeanwhile when someone saved the item, or other changes to it, since
	 * the form was opened
	 */
	public T prepare(long id, F form, AccountPrincipal who) {
		return this.pendingChanges.prepare(id, form, who);
	}

	/**
	 * The item as its form shows it: with the changes prepared for it, when there are,
	 * for its form and preview; as it is otherwise. The changes are tried out and undone,
	 * so the item comes detached from the database, and the site is not changed.
	 */
	public T withPendingChange(long id) {
		return this.pendingChanges.appliedTo(id);
	}

	/** The changes prepared for an item and not yet live, if any. */
	@Transactional(readOnly = true)
	public Optional<PendingChange> pendingChange(T item) {
		return this.pendingChanges.of(item);
	}

	/**
	 * What the changes prepared for an item (loaded as {@link #get} loads it) would
	 * change on the site.
	 */
	public List<Revisions.Passage> pendingDifferences(T item, PendingChange pending) {
		return this.pendingChanges.differences(item, pending);
	}

	/** The changes prepared for these items, by item id, for the lists. */
	@Transactional(readOnly = true)
	public Map<Long, PendingChange> pendingChangesOf(List<T> list) {
		return this.pendingChanges.ofEach(list);
	}

	/**
	 * Puts the changes prepared for an item live, as they were when the reviewer saw
	 * them.
	 * @throws ChangedMeanwhile when the changes, or the item, were saved since
	 */
	public T publishPendingChange(long id, Long pendingVersion, AccountPrincipal who) {
		return this.pendingChanges.publish(id, pendingVersion, who);
	}

	/**
	 * Forgets the changes prepared for an item: whoever prepared them, or someone who
	 * publishes.
	 */
	public void discardPendingChange(long id, AccountPrincipal who) {
		this.pendingChanges.discard(id, who);
	}

	/** Puts a revision's text, title and slug into an item, its slug checked free. */
	void applySnapshot(T item, Revision.Snapshot snapshot) {
		if (!snapshot.slug().equals(item.getSlug())) {
			requireSlugFree(item.getLanguage(), snapshot.slug(), item.getId());
		}
		item.changeSlug(snapshot.slug());
		item.setTitle(snapshot.title());
		restoreText(item, snapshot);
	}

	/**
	 * A draft translating an item into another language, pre-filled with its text; the
	 * existing translation when there is one, and the item itself for its own language.
	 */
	public T translate(long id, Language language, AccountPrincipal who) {
		return this.translations.translate(id, language, who);
	}

	/** The other items of an item's translation group. */
	@Transactional(readOnly = true)
	public List<T> translations(T item) {
		return this.translations.of(item);
	}

	/** The languages an item has no translation in yet. */
	@Transactional(readOnly = true)
	public List<Language> missingLanguages(T item) {
		return this.translations.missingLanguages(item);
	}

	/** The other translations of each item, by item id, for the lists. */
	@Transactional(readOnly = true)
	public Map<Long, List<T>> translationsOf(List<T> list) {
		return this.translations.ofEach(list);
	}

	/**
	 * For a translation whose source changed since it was made, what changed in the
	 * source; empty when it is up to date or translates nothing.
	 */
	@Transactional(readOnly = true)
	public Optional<SourceChanges<T>> sourceChanges(T item) {
		return this.translations.sourceChanges(item);
	}

	/** Which of these items are translations whose source changed since. */
	@Transactional(readOnly = true)
	public Set<Long> outOfDate(List<T> list) {
		return this.translations.outOfDate(list);
	}

	/** Marks a translation as matching its source as the source is now. */
	public void markUpToDate(long id, AccountPrincipal who) {
		this.translations.markUpToDate(id, who);
	}

	/** The revisions of an item, the newest first. */
	@Transactional(readOnly = true)
	public List<Revision> history(long id) {
		return this.revisions.history(contentType(), get(id).getId());
	}

	@Transactional(readOnly = true)
	public Revision revision(long id, long revisionId) {
		return this.revisions.get(contentType(), id, revisionId);
	}

	/**
	 * Brings back the text of an earlier revision, as a new save with a revision of its
	 * own.
	 */
	public T restoreRevision(long id, long revisionId, AccountPrincipal who) {
		T item = get(id);
		this.permissions.requireMayEdit(item, who);
		if (item.getStatus() == Status.PUBLISHED) {
			this.permissions.requirePublisher(who);
		}
		applySnapshot(item, this.revisions.get(contentType(), id, revisionId).snapshot());
		return saveChanged(item, who, "restored revision " + revisionId);
	}

	/**
	 * Asks a publisher to review a draft, or the changes prepared for a published item;
	 * the author may still correct them until they are published.
	 */
	public void submit(long id, AccountPrincipal who) {
		this.workflow.submit(id, who);
	}

	/**
	 * Sends a draft awaiting review back to its author, with what the reviewer asks of
	 * it.
	 */
	public void sendBack(long id, String note, AccountPrincipal who) {
		this.workflow.sendBack(id, note, who);
	}

	/**
	 * The published items whose writers proposed changes for review, the earliest first:
	 * what awaits {@code who}, if they publish this kind, besides the drafts submitted.
	 */
	@Transactional(readOnly = true)
	public List<Awaiting> changesAwaitingReview(AccountPrincipal who) {
		if (!mayPublish(who)) {
			return List.of();
		}
		List<Long> ids = this.pendingChanges.awaitingReview();
		Map<Long, T> byId = this.items.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(TranslatableContent::getId, (item) -> item));
		return ids.stream()
			.map(byId::get)
			.filter(Objects::nonNull)
			.map((item) -> new Awaiting(contentType(), item.getTitle(), formPath(item), null, null))
			.toList();
	}

	/**
	 * What a reviewer sent back to {@code writer} with a note, waiting for them to change
	 * and submit it again: their drafts, the latest first, then the changes they proposed
	 * to published items.
	 */
	@Transactional(readOnly = true)
	public List<Awaiting> sentBackTo(AccountPrincipal writer) {
		List<Awaiting> sentBack = new ArrayList<>();
		for (T draft : this.items.findByAuthorIdAndStatusAndSubmittedAtIsNullAndReviewNoteIsNotNullOrderByUpdatedAtDesc(
				writer.id(), Status.DRAFT)) {
			sentBack.add(new Awaiting(contentType(), draft.getTitle(), formPath(draft), draft.getReviewNoteBy(),
					draft.getReviewNote()));
		}
		for (PendingChange changes : this.pendingChanges.sentBackTo(writer.id())) {
			this.items.findById(changes.getContentId())
				.ifPresent((item) -> sentBack.add(new Awaiting(contentType(), item.getTitle(), formPath(item),
						changes.getReviewNoteBy(), changes.getReviewNote())));
		}
		return sentBack;
	}

	/**
	 * Publishes at a date and time in Brussels, or now; a later date schedules it.
	 * @return the stage the item is at now: published, or scheduled
	 */
	public WorkflowStage publish(long id, @Nullable LocalDateTime at, AccountPrincipal who) {
		return this.workflow.publish(id, at, who);
	}

	/**
	 * Refuses to publish an item its kind of content finds incomplete, with a
	 * {@link NotPublishableException}; every item is publishable unless a kind says
	 * otherwise.
	 */
	protected void requirePublishable(T item) {
	}

	public void unpublish(long id, AccountPrincipal who) {
		this.workflow.unpublish(id, who);
	}

	/** Moves an item to the trash: it leaves the site, and its address answers 410. */
	public void trash(long id, AccountPrincipal who) {
		this.workflow.trash(id, who);
	}

	/** Takes an item out of the trash, as a draft. */
	public void restore(long id, AccountPrincipal who) {
		this.workflow.restore(id, who);
	}

	/** Deletes the items in the trash for good; their addresses keep answering 410. */
	public int emptyTrash(AccountPrincipal who) {
		return this.workflow.emptyTrash(who);
	}

	/**
	 * Whether an item in the trash may be deleted for good; one that others still need
	 * stays.
	 */
	protected boolean mayDelete(T item) {
		return true;
	}

	/**
	 * Lets a kind remove what refers to an item before it is deleted, each removal in the
	 * audit log.
	 */
	protected void beforeDelete(T item, AccountPrincipal who) {
	}

	/**
	 * Records in the audit log a change a kind made to an item beyond its text, such as
	 * its place.
	 */
	protected void recordChange(T item, AccountPrincipal who, String detail) {
		this.events.publishEvent(new ContentEvent.Changed(who.actor(), target(item), detail));
	}

	/**
	 * Records in the audit log that something belonging to a deleted item went with it.
	 */
	protected void recordDeleted(String target, List<String> paths, AccountPrincipal who) {
		this.events.publishEvent(new ContentEvent.Deleted(who.actor(), target, paths));
	}

	/** How the audit log names an item. */
	protected String target(T item) {
		return contentType() + " " + item.getId() + " " + item.getLanguage().code() + "/" + item.getSlug();
	}

	/** The slug another item of the language has already. */
	public static class SlugTaken extends RuntimeException {

		public SlugTaken(String slug) {
			super("Slug taken: " + slug);
		}

	}

	/**
	 * Someone saved the item after the form was opened; {@link #current()} is the item
	 * now.
	 */
	public static class ChangedMeanwhile extends RuntimeException {

		private final transient TranslatableContent current;

		public ChangedMeanwhile(TranslatableContent current) {
			super("Changed since the form was opened");
			this.current = current;
		}

		public TranslatableContent current() {
			return this.current;
		}

	}

}
