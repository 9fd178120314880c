package be.mmmbelgium.site.content;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import be.mmmbelgium.site.account.AccountPrincipal;
import be.mmmbelgium.site.account.Accounts;
import be.mmmbelgium.site.account.Role;
import be.mmmbelgium.site.system.SiteTime;
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
 * and who publishes it.
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

	private final PendingChangeRepository pendingChanges;

	/** Where a change is tried out and undone, to see what it would give. */
	private final Trials trials;

	protected ContentEditor(ContentRepository<T> items, ContentEditing editing) {
		this.items = items;
		this.revisions = editing.revisions();
		this.accounts = editing.accounts();
		this.clock = editing.clock();
		this.events = editing.events();
		this.pendingChanges = editing.pendingChanges();
		this.trials = editing.trials();
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
	public Optional<String> nameOf(Long accountId) {
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
		return WorkflowStage.of(item, now());
	}

	/**
	 * Whether someone may change an item: publishers any, writers their own drafts, and
	 * their own published items through changes that a publisher puts live.
	 */
	public boolean mayEdit(T item, AccountPrincipal who) {
		return who.role().includes(publisher()) || (who.role().includes(writer())
				&& Objects.equals(item.getAuthorId(), who.id()) && item.getStatus() != Status.TRASHED);
	}

	/** Whether someone may write a new item of this kind. */
	public boolean mayWrite(AccountPrincipal who) {
		return who.role().includes(writer());
	}

	public boolean mayPublish(AccountPrincipal who) {
		return who.role().includes(publisher());
	}

	protected void requireMayEdit(T item, AccountPrincipal who) {
		if (!mayEdit(item, who)) {
			throw new AccessDeniedException("May not change this " + contentType());
		}
	}

	protected void requireMayWrite(AccountPrincipal who) {
		if (!mayWrite(who)) {
			throw new AccessDeniedException("May not write " + contentType());
		}
	}

	protected void requirePublisher(AccountPrincipal who) {
		if (!mayPublish(who)) {
			throw new AccessDeniedException("May not publish " + contentType());
		}
	}

	/**
	 * Checks that a form opened on {@code formVersion} may be saved over the item.
	 * @throws ChangedMeanwhile when someone saved it since, with the item as it is now
	 */
	protected void requireUnchangedSince(T item, Long formVersion) {
		if (!Objects.equals(formVersion, item.getVersion())) {
			throw new ChangedMeanwhile(item);
		}
	}

	/**
	 * Checks that no other item of the language has the slug.
	 * @param id the item that wants it, or null for a new one
	 */
	protected void requireSlugFree(Language language, String slug, Long id) {
		boolean taken = id == null ? this.items.existsByLanguageAndSlug(language, slug)
				: this.items.existsByLanguageAndSlugAndIdNot(language, slug, id);
		if (taken) {
			throw new SlugTaken(slug);
		}
	}

	/** Saves a new item written by {@code author}, with its first revision. */
	protected T saveNew(T item, AccountPrincipal author, String detail) {
		item.setAuthorId(author.id());
		T saved = this.items.saveAndFlush(item);
		keepRevision(saved, author);
		this.events.publishEvent(new ContentEvent.Created(author.actor(), target(saved), detail));
		return saved;
	}

	/**
	 * Writes a change of state (review, publication, trash) at once, so that the version
	 * a form shows next is the one the database holds.
	 */
	private void stored(T item) {
		this.items.saveAndFlush(item);
	}

	/** Saves a changed item, with a revision. */
	protected T saveChanged(T item, AccountPrincipal who, String detail) {
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

	/** A new draft written by {@code author} from a form whose fields are valid. */
	public T create(F form, AccountPrincipal author) {
		requireMayWrite(author);
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
		requireMayEdit(item, who);
		if (item.getStatus() == Status.PUBLISHED) {
			requirePublisher(who);
		}
		Optional<PendingChange> pending = pendingChange(item);
		if (pending.isPresent() && !Objects.equals(pending.get().getVersion(), form.getPendingVersion())) {
			throw new ChangedMeanwhile(item);
		}
		change(item, form);
		pending.ifPresent((change) -> this.pendingChanges.deleteByContentTypeAndContentId(contentType(), id));
		return saveChanged(item, who, null);
	}

	/** Puts a form into an item, after the checks every change passes. */
	private void change(T item, F form) {
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
		// First: a trial forgets every entity loaded before it.
		Revision.Snapshot wouldBe = this.trials.undone(() -> {
			T trial = get(id);
			change(trial, form);
			return snapshot(trial);
		});
		T item = get(id);
		requireMayEdit(item, who);
		if (item.getStatus() != Status.PUBLISHED) {
			throw new IllegalStateException("Changes are kept aside for a published item only");
		}
		PendingChange pending = pendingChange(item).orElse(null);
		if (pending != null ? !Objects.equals(pending.getVersion(), form.getPendingVersion())
				: form.getPendingVersion() != null) {
			throw new ChangedMeanwhile(item);
		}
		requireUnchangedSince(item, form.getVersion());
		if (pending == null) {
			pending = new PendingChange(contentType(), id);
		}
		pending.keep(wouldBe, item.getVersion(), who.id(), who.email(), now());
		this.pendingChanges.save(pending);
		this.events.publishEvent(new ContentEvent.Changed(who.actor(), target(item), "changes prepared"));
		return item;
	}

	/**
	 * The item as its form shows it: with the changes prepared for it, when there are,
	 * for its form and preview; as it is otherwise. The changes are tried out and undone,
	 * so the item comes detached from the database, and the site is not changed.
	 */
	public T withPendingChange(long id) {
		T saved = get(id);
		if (pendingChange(saved).isEmpty()) {
			return saved;
		}
		return this.trials.undone(() -> {
			T item = get(id);
			pendingChange(item).ifPresent((pending) -> {
				applySnapshot(item, pending.snapshot());
				load(item);
			});
			return item;
		});
	}

	/** The changes prepared for an item and not yet live, if any. */
	@Transactional(readOnly = true)
	public Optional<PendingChange> pendingChange(T item) {
		return item.getId() == null ? Optional.empty()
				: this.pendingChanges.findByContentTypeAndContentId(contentType(), item.getId());
	}

	/**
	 * What the changes prepared for an item (loaded as {@link #get} loads it) would
	 * change on the site.
	 */
	public List<Revisions.Passage> pendingDifferences(T item, PendingChange pending) {
		return Revisions.diff(snapshot(item), pending.snapshot());
	}

	/**
	 * The ids of the items that have changes prepared, and of those awaiting review, for
	 * the lists.
	 */
	@Transactional(readOnly = true)
	public Map<Long, PendingChange> pendingChangesOf(List<T> list) {
		return this.pendingChanges.findByContentTypeAndContentIdIn(contentType(), list.stream().map(T::getId).toList())
			.stream()
			.collect(Collectors.toMap(PendingChange::getContentId, (pending) -> pending));
	}

	/**
	 * Puts the changes prepared for an item live, as they were when the reviewer saw
	 * them.
	 * @throws ChangedMeanwhile when the changes, or the item, were saved since
	 */
	public T publishPendingChange(long id, Long pendingVersion, AccountPrincipal who) {
		requirePublisher(who);
		T item = get(id);
		PendingChange pending = pendingChange(item)
			.orElseThrow(() -> new IllegalStateException("No changes prepared for this item"));
		if (!Objects.equals(pending.getVersion(), pendingVersion) || pending.getBaseVersion() != item.getVersion()) {
			throw new ChangedMeanwhile(item);
		}
		applySnapshot(item, pending.snapshot());
		this.pendingChanges.deleteByContentTypeAndContentId(contentType(), id);
		T saved = saveChanged(item, who, "changes published");
		this.events.publishEvent(new ContentEvent.Published(who.actor(), target(saved), "changes"));
		return saved;
	}

	/**
	 * Forgets the changes prepared for an item: whoever prepared them, or someone who
	 * publishes.
	 */
	public void discardPendingChange(long id, AccountPrincipal who) {
		T item = get(id);
		PendingChange pending = pendingChange(item).orElse(null);
		if (pending == null) {
			return;
		}
		if (!mayDiscard(item, pending, who)) {
			throw new AccessDeniedException("May not discard these changes");
		}
		this.pendingChanges.deleteByContentTypeAndContentId(contentType(), id);
		this.events.publishEvent(new ContentEvent.Changed(who.actor(), target(item), "changes discarded"));
	}

	/**
	 * Whether someone may discard changes prepared for an item: whoever prepared them, or
	 * who publishes.
	 */
	public boolean mayDiscard(T item, PendingChange pending, AccountPrincipal who) {
		return mayPublish(who) || (mayEdit(item, who) && Objects.equals(pending.getSavedBy(), who.id()));
	}

	/** Puts a revision's text, title and slug into an item, its slug checked free. */
	private void applySnapshot(T item, Revision.Snapshot snapshot) {
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
		requireMayWrite(who);
		T source = get(id);
		if (language == source.getLanguage()) {
			return source;
		}
		Optional<T> existing = translations(source).stream()
			.filter((item) -> item.getLanguage() == language)
			.findFirst();
		if (existing.isPresent()) {
			return existing.get();
		}
		// Made from the title, so that it follows the translated title (see
		// TranslatableContent.slugFollowsTitle).
		String made = Slugs.chosenOrFromTitle("", source.getTitle(), source.getSlug());
		String slug = made;
		for (int n = 1; this.items.existsByLanguageAndSlug(language, slug); n++) {
			slug = made + "-" + language.code() + (n > 1 ? "-" + n : "");
		}
		T translation = newTranslation(source, language, slug);
		translation.translates(source);
		return saveNew(translation, who, "translation of " + contentType() + " " + id);
	}

	/** The other items of an item's translation group. */
	@Transactional(readOnly = true)
	public List<T> translations(T item) {
		return this.items.findByTranslationGroup(item.getTranslationGroup())
			.stream()
			.filter((other) -> !other.getId().equals(item.getId()))
			.sorted(Comparator.comparing(TranslatableContent::getLanguage))
			.toList();
	}

	/** The languages an item has no translation in yet. */
	@Transactional(readOnly = true)
	public List<Language> missingLanguages(T item) {
		Set<Language> present = translations(item).stream().map(T::getLanguage).collect(Collectors.toSet());
		present.add(item.getLanguage());
		return Arrays.stream(Language.values()).filter((language) -> !present.contains(language)).toList();
	}

	/** The other translations of each item, by item id, for the lists. */
	@Transactional(readOnly = true)
	public Map<Long, List<T>> translationsOf(List<T> list) {
		Map<UUID, List<T>> groups = this.items
			.findByTranslationGroupIn(list.stream().map(T::getTranslationGroup).distinct().toList())
			.stream()
			.collect(Collectors.groupingBy(T::getTranslationGroup));
		Map<Long, List<T>> translations = new HashMap<>();
		for (T item : list) {
			translations.put(item.getId(),
					groups.getOrDefault(item.getTranslationGroup(), List.of())
						.stream()
						.filter((other) -> !other.getId().equals(item.getId()))
						.sorted(Comparator.comparing(TranslatableContent::getLanguage))
						.toList());
		}
		return translations;
	}

	/** The stage of each item now, by id, for the lists. */
	public Map<Long, WorkflowStage> stagesOf(List<T> list) {
		Instant now = now();
		return list.stream().collect(Collectors.toMap(T::getId, (item) -> WorkflowStage.of(item, now)));
	}

	/**
	 * For a translation whose source changed since it was made, what changed in the
	 * source; empty when it is up to date or translates nothing.
	 */
	@Transactional(readOnly = true)
	public Optional<SourceChanges<T>> sourceChanges(T item) {
		if (item.getSourceId() == null) {
			return Optional.empty();
		}
		return this.items.findById(item.getSourceId())
			.filter((source) -> source.getVersion() > item.getSourceVersion())
			.map((source) -> new SourceChanges<>(source,
					this.revisions.changesSince(contentType(), source.getId(), item.getSourceVersion())));
	}

	/** Which of these items are translations whose source changed since. */
	@Transactional(readOnly = true)
	public Set<Long> outOfDate(List<T> list) {
		Map<Long, Long> sourceVersions = new HashMap<>();
		this.items.findAllById(list.stream().map(T::getSourceId).filter(Objects::nonNull).toList())
			.forEach((source) -> sourceVersions.put(source.getId(), source.getVersion()));
		return list.stream()
			.filter((item) -> item.getSourceId() != null && sourceVersions.containsKey(item.getSourceId())
					&& sourceVersions.get(item.getSourceId()) > item.getSourceVersion())
			.map(T::getId)
			.collect(Collectors.toSet());
	}

	/** Marks a translation as matching its source as the source is now. */
	public void markUpToDate(long id, AccountPrincipal who) {
		T item = get(id);
		requireMayEdit(item, who);
		if (item.getSourceId() != null) {
			this.items.findById(item.getSourceId()).ifPresent(item::translates);
			this.events.publishEvent(new ContentEvent.Changed(who.actor(), target(item), "translation up to date"));
		}
	}

	/**
	 * What changed in the source of a translation since it was last brought up to date.
	 *
	 * @param source the item translated
	 * @param changes its changes since the translation was made or last brought up to
	 * date
	 */
	public record SourceChanges<T>(T source, List<Revisions.Passage> changes) {
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
		requireMayEdit(item, who);
		if (item.getStatus() == Status.PUBLISHED) {
			requirePublisher(who);
		}
		applySnapshot(item, this.revisions.get(contentType(), id, revisionId).snapshot());
		return saveChanged(item, who, "restored revision " + revisionId);
	}

	/**
	 * Asks a publisher to review a draft, or the changes prepared for a published item;
	 * the author may still correct them until they are published.
	 */
	public void submit(long id, AccountPrincipal who) {
		T item = get(id);
		requireMayEdit(item, who);
		Optional<PendingChange> pending = item.getStatus() == Status.PUBLISHED ? pendingChange(item) : Optional.empty();
		if (pending.isPresent()) {
			pending.get().submit(now());
		}
		else {
			item.submitForReview(now());
		}
		stored(item);
		this.events.publishEvent(new ContentEvent.Submitted(who.actor(), target(item), item.getTitle(),
				item.getLanguage(), formPath(item), publisher(), who.id()));
	}

	/**
	 * Sends a draft awaiting review back to its author, with what the reviewer asks of
	 * it.
	 */
	public void sendBack(long id, String note, AccountPrincipal who) {
		requirePublisher(who);
		T item = get(id);
		Optional<PendingChange> pending = pendingChange(item).filter(PendingChange::isSubmitted);
		if (pending.isPresent()) {
			pending.get().sendBack(note, who.displayName());
		}
		else {
			item.sendBack(note, who.displayName());
		}
		stored(item);
		this.events.publishEvent(new ContentEvent.SentBack(who.actor(), target(item), note));
	}

	/**
	 * Publishes at a date and time in Brussels, or now; a later date schedules it.
	 * @return the stage the item is at now: published, or scheduled
	 */
	public WorkflowStage publish(long id, LocalDateTime at, AccountPrincipal who) {
		requirePublisher(who);
		T item = get(id);
		requirePublishable(item);
		Instant instant = at == null ? now().truncatedTo(ChronoUnit.SECONDS) : at.atZone(SiteTime.ZONE).toInstant();
		item.publish(instant);
		stored(item);
		this.events.publishEvent(new ContentEvent.Published(who.actor(), target(item), instant.toString()));
		return stageOf(item);
	}

	/**
	 * Refuses to publish an item its kind of content finds incomplete, with a
	 * {@link NotPublishableException}; every item is publishable unless a kind says
	 * otherwise.
	 */
	protected void requirePublishable(T item) {
	}

	public void unpublish(long id, AccountPrincipal who) {
		requirePublisher(who);
		T item = get(id);
		item.unpublish();
		stored(item);
		this.events.publishEvent(new ContentEvent.Unpublished(who.actor(), target(item)));
	}

	/** Moves an item to the trash: it leaves the site, and its address answers 410. */
	public void trash(long id, AccountPrincipal who) {
		requirePublisher(who);
		T item = get(id);
		item.trash();
		stored(item);
		// From now on its addresses answer 410 Gone, on every public page that looks them
		// up.
		this.events.publishEvent(new ContentEvent.Trashed(who.actor(), target(item), publicPaths(item)));
	}

	/** Takes an item out of the trash, as a draft. */
	public void restore(long id, AccountPrincipal who) {
		requirePublisher(who);
		T item = get(id);
		item.restore();
		stored(item);
		this.events.publishEvent(new ContentEvent.Restored(who.actor(), target(item), publicPaths(item)));
	}

	/** Deletes the items in the trash for good; their addresses keep answering 410. */
	public int emptyTrash(AccountPrincipal who) {
		requirePublisher(who);
		List<T> trashed = this.items.findByStatus(Status.TRASHED).stream().filter(this::mayDelete).toList();
		for (T item : trashed) {
			this.events.publishEvent(new ContentEvent.Deleted(who.actor(), target(item), publicPaths(item)));
			this.revisions.forget(contentType(), item.getId());
			this.pendingChanges.deleteByContentTypeAndContentId(contentType(), item.getId());
			beforeDelete(item, who);
			this.items.delete(item);
		}
		return trashed.size();
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
