package be.mmmbelgium.site.news;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.mmmbelgium.site.account.AccountPrincipal;
import be.mmmbelgium.site.account.Role;
import be.mmmbelgium.site.audit.AuditKind;
import be.mmmbelgium.site.audit.AuditLog;
import be.mmmbelgium.site.content.LikePattern;
import be.mmmbelgium.site.content.MarkdownRenderer;
import be.mmmbelgium.site.content.RemovedPaths;
import be.mmmbelgium.site.content.Revision;
import be.mmmbelgium.site.content.Revisions;
import be.mmmbelgium.site.content.Slugs;
import be.mmmbelgium.site.content.Stage;
import be.mmmbelgium.site.content.Status;
import be.mmmbelgium.site.media.MediaFile;
import be.mmmbelgium.site.media.MediaLibrary;
import be.mmmbelgium.site.system.ContentNotFoundException;
import be.mmmbelgium.site.system.Language;
import be.mmmbelgium.site.system.SitePaths;
import be.mmmbelgium.site.system.SiteTime;

/**
 * Writing news in the back-office: contributors write and correct their own drafts,
 * editors change any post and decide when it is published. Every change goes to the audit
 * log.
 */
@Service
@Transactional
public class NewsEditor {

	private final NewsPostRepository posts;

	private final MarkdownRenderer markdown;

	private final AuditLog audit;

	private final Clock clock;

	/** How revisions name news posts. */
	static final String CONTENT_TYPE = "news";

	private final RemovedPaths removedPaths;

	private final SitePaths paths;

	private final Revisions revisions;

	private final TagRepository tags;

	private final MediaLibrary media;

	NewsEditor(NewsPostRepository posts, MarkdownRenderer markdown, AuditLog audit, Clock clock,
			RemovedPaths removedPaths, SitePaths paths, Revisions revisions, TagRepository tags, MediaLibrary media) {
		this.media = media;
		this.revisions = revisions;
		this.tags = tags;
		this.removedPaths = removedPaths;
		this.paths = paths;
		this.posts = posts;
		this.markdown = markdown;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The posts of a language (or all), at a stage (or any but the trash), with a subject (or
	 * any), searched by title; the most recently changed first.
	 */
	@Transactional(readOnly = true)
	public Page<NewsPost> list(Language language, String search, Stage stage, String tag, Pageable pageable) {
		return this.posts.findForBackOffice(language, LikePattern.containing(search), Stage.statusOf(stage),
				Stage.submittedOf(stage), Stage.scheduledOf(stage), Instant.now(this.clock),
				tag == null || tag.isBlank() ? null : tag.strip().toLowerCase(java.util.Locale.ROOT), pageable);
	}

	/** The stage of a post now. */
	public Stage stageOf(NewsPost post) {
		return Stage.of(post, Instant.now(this.clock));
	}

	/** The other translations of each post, by post id, for the lists. */
	@Transactional(readOnly = true)
	public java.util.Map<Long, List<NewsPost>> translationsOf(List<NewsPost> list) {
		java.util.Map<java.util.UUID, List<NewsPost>> groups = this.posts
			.findByTranslationGroupIn(list.stream().map(NewsPost::getTranslationGroup).distinct().toList())
			.stream()
			.collect(java.util.stream.Collectors.groupingBy(NewsPost::getTranslationGroup));
		java.util.Map<Long, List<NewsPost>> translations = new java.util.HashMap<>();
		for (NewsPost post : list) {
			translations.put(post.getId(), groups.getOrDefault(post.getTranslationGroup(), List.of())
				.stream()
				.filter((other) -> !other.getId().equals(post.getId()))
				.sorted(java.util.Comparator.comparing(NewsPost::getLanguage))
				.toList());
		}
		return translations;
	}

	/** Asks an editor to review a draft; the author may still correct it until it is published. */
	void submit(long id, AccountPrincipal who, String clientAddress) {
		NewsPost post = get(id);
		requireMayEdit(post, who);
		post.submitForReview(Instant.now(this.clock));
		this.audit.record(AuditKind.CONTENT_SUBMITTED, who.actor(), target(post), null, clientAddress);
	}

	@Transactional(readOnly = true)
	public NewsPost get(long id) {
		return this.posts.findById(id).orElseThrow(() -> new ContentNotFoundException("News post"));
	}

	/** A new draft, written by {@code author}. */
	NewsPost create(NewsPostForm form, AccountPrincipal author, String clientAddress) {
		String slug = slugOf(form);
		if (this.posts.existsByLanguageAndSlug(form.getLanguage(), slug)) {
			throw new SlugTaken(slug);
		}
		NewsPost post = new NewsPost(form.getLanguage(), slug, form.getTitle().strip());
		post.setAuthorId(author.id());
		apply(form, post);
		NewsPost saved = this.posts.saveAndFlush(post);
		keepRevision(saved, author);
		this.audit.record(AuditKind.CONTENT_CREATED, author.actor(), target(saved), null, clientAddress);
		return saved;
	}

	/**
	 * Saves a post as edited in a form opened on {@code form.getVersion()}; if someone
	 * changed it since, nothing is saved and the post as it is now comes back in the
	 * exception.
	 */
	NewsPost update(long id, NewsPostForm form, AccountPrincipal who, String clientAddress) {
		NewsPost post = get(id);
		requireMayEdit(post, who);
		if (!Objects.equals(form.getVersion(), post.getVersion())) {
			throw new ChangedMeanwhile(post);
		}
		String slug = slugOf(form);
		if (!slug.equals(post.getSlug()) && this.posts.existsByLanguageAndSlugAndIdNot(post.getLanguage(), slug, id)) {
			throw new SlugTaken(slug);
		}
		post.changeSlug(slug);
		post.setTitle(form.getTitle().strip());
		apply(form, post);
		NewsPost saved = this.posts.saveAndFlush(post);
		keepRevision(saved, who);
		this.audit.record(AuditKind.CONTENT_CHANGED, who.actor(), target(saved), "version " + saved.getVersion(),
				clientAddress);
		return saved;
	}

	/**
	 * A draft translating a post into another language, pre-filled with the post's text; the
	 * existing translation when there is one.
	 */
	NewsPost translate(long id, Language language, AccountPrincipal who, String clientAddress) {
		NewsPost source = get(id);
		if (language == source.getLanguage()) {
			return source;
		}
		java.util.Optional<NewsPost> existing = translations(source).stream()
			.filter((post) -> post.getLanguage() == language)
			.findFirst();
		if (existing.isPresent()) {
			return existing.get();
		}
		String slug = this.posts.existsByLanguageAndSlug(language, source.getSlug())
				? source.getSlug() + "-" + language.code() : source.getSlug();
		NewsPost translation = new NewsPost(source.getTranslationGroup(), language, slug, source.getTitle());
		translation.setAuthorId(who.id());
		translation.setExcerpt(source.getExcerpt());
		translation.setBody(source.getBody());
		translation.translates(source);
		NewsPost saved = this.posts.saveAndFlush(translation);
		keepRevision(saved, who);
		this.audit.record(AuditKind.CONTENT_CREATED, who.actor(), target(saved), "translation of news " + id,
				clientAddress);
		return saved;
	}

	/** The other posts of a post's translation group. */
	@Transactional(readOnly = true)
	public List<NewsPost> translations(NewsPost post) {
		return this.posts.findByTranslationGroup(post.getTranslationGroup())
			.stream()
			.filter((other) -> !other.getId().equals(post.getId()))
			.toList();
	}

	/**
	 * For a translation whose source changed since it was made, what changed in the source;
	 * empty when it is up to date or translates nothing.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<SourceChanges> sourceChanges(NewsPost post) {
		if (post.getSourceId() == null) {
			return java.util.Optional.empty();
		}
		return this.posts.findById(post.getSourceId())
			.filter((source) -> source.getVersion() > post.getSourceVersion())
			.map((source) -> new SourceChanges(source,
					this.revisions.changesSince(CONTENT_TYPE, source.getId(), post.getSourceVersion())));
	}

	/** Which of these posts are translations whose source changed since. */
	@Transactional(readOnly = true)
	public java.util.Set<Long> outOfDate(List<NewsPost> posts) {
		java.util.Map<Long, Long> sourceVersions = new java.util.HashMap<>();
		this.posts.findAllById(posts.stream().map(NewsPost::getSourceId).filter(Objects::nonNull).toList())
			.forEach((source) -> sourceVersions.put(source.getId(), source.getVersion()));
		return posts.stream()
			.filter((post) -> post.getSourceId() != null && sourceVersions.containsKey(post.getSourceId())
					&& sourceVersions.get(post.getSourceId()) > post.getSourceVersion())
			.map(NewsPost::getId)
			.collect(java.util.stream.Collectors.toSet());
	}

	/** Marks a translation as matching its source as the source is now. */
	void markUpToDate(long id, AccountPrincipal who, String clientAddress) {
		NewsPost post = get(id);
		requireMayEdit(post, who);
		if (post.getSourceId() != null) {
			this.posts.findById(post.getSourceId()).ifPresent(post::translates);
			this.audit.record(AuditKind.CONTENT_CHANGED, who.actor(), target(post), "translation up to date",
					clientAddress);
		}
	}

	/**
	 * @param source the post translated
	 * @param changes its changes since the translation was made or last brought up to date
	 */
	public record SourceChanges(NewsPost source, List<Revisions.DiffLine> changes) {
	}

	/** The revisions of a post, the newest first. */
	@Transactional(readOnly = true)
	public List<Revision> history(long id) {
		return this.revisions.history(CONTENT_TYPE, get(id).getId());
	}

	@Transactional(readOnly = true)
	public Revision revision(long id, long revisionId) {
		return this.revisions.get(CONTENT_TYPE, id, revisionId);
	}

	/** Brings back the text of an earlier revision, as a new save with a revision of its own. */
	NewsPost restoreRevision(long id, long revisionId, AccountPrincipal who, String clientAddress) {
		NewsPost post = get(id);
		requireMayEdit(post, who);
		Revision.Snapshot snapshot = this.revisions.get(CONTENT_TYPE, id, revisionId).snapshot();
		if (!snapshot.slug().equals(post.getSlug())
				&& this.posts.existsByLanguageAndSlugAndIdNot(post.getLanguage(), snapshot.slug(), id)) {
			throw new SlugTaken(snapshot.slug());
		}
		post.changeSlug(snapshot.slug());
		post.setTitle(snapshot.title());
		post.setExcerpt(snapshot.summary());
		post.setBody(this.markdown.render(snapshot.bodyMarkdown()));
		NewsPost saved = this.posts.saveAndFlush(post);
		keepRevision(saved, who);
		this.audit.record(AuditKind.CONTENT_CHANGED, who.actor(), target(saved), "restored revision " + revisionId,
				clientAddress);
		return saved;
	}

	private void keepRevision(NewsPost post, AccountPrincipal who) {
		this.revisions.record(CONTENT_TYPE, post.getId(), post.getVersion(), who.id(), who.email(),
				new Revision.Snapshot(post.getTitle(), post.getSlug(), post.getExcerpt(), post.getBody().getMarkdown()));
	}

	/** Publishes at the form's date and time in Brussels, or now; a later date schedules it. */
	void publish(long id, java.time.LocalDateTime at, AccountPrincipal who, String clientAddress) {
		requireEditor(who);
		NewsPost post = get(id);
		Instant instant = at == null ? Instant.now(this.clock) : at.atZone(SiteTime.ZONE).toInstant();
		post.publish(instant);
		this.audit.record(AuditKind.CONTENT_PUBLISHED, who.actor(), target(post), instant.toString(), clientAddress);
	}

	void unpublish(long id, AccountPrincipal who, String clientAddress) {
		requireEditor(who);
		NewsPost post = get(id);
		post.unpublish();
		this.audit.record(AuditKind.CONTENT_UNPUBLISHED, who.actor(), target(post), null, clientAddress);
	}

	/** Moves a post to the trash: it leaves the site, and its address answers 410. */
	void trash(long id, AccountPrincipal who, String clientAddress) {
		requireEditor(who);
		NewsPost post = get(id);
		post.trash();
		this.audit.record(AuditKind.CONTENT_TRASHED, who.actor(), target(post), null, clientAddress);
	}

	/** Takes a post out of the trash, as a draft. */
	void restore(long id, AccountPrincipal who, String clientAddress) {
		requireEditor(who);
		NewsPost post = get(id);
		post.restore();
		this.audit.record(AuditKind.CONTENT_RESTORED, who.actor(), target(post), null, clientAddress);
	}

	/** Deletes the posts in the trash for good; their addresses keep answering 410. */
	int emptyTrash(AccountPrincipal who, String clientAddress) {
		requireEditor(who);
		List<NewsPost> trashed = this.posts.findByStatus(Status.TRASHED);
		for (NewsPost post : trashed) {
			this.removedPaths.remember(post.allSlugs()
				.stream()
				.map((slug) -> this.paths.newsPost(post.getLanguage(), slug))
				.toList());
			this.audit.record(AuditKind.CONTENT_DELETED, who.actor(), target(post), null, clientAddress);
			this.revisions.forget(CONTENT_TYPE, post.getId());
			this.posts.delete(post);
		}
		return trashed.size();
	}

	/** Contributors may edit their own drafts only; editors and admins any post. */
	public boolean mayEdit(NewsPost post, AccountPrincipal who) {
		return who.role().includes(Role.EDITOR)
				|| (Objects.equals(post.getAuthorId(), who.id()) && post.getStatus() == Status.DRAFT);
	}

	private void requireMayEdit(NewsPost post, AccountPrincipal who) {
		if (!mayEdit(post, who)) {
			throw new AccessDeniedException("Not this person's draft");
		}
	}

	private static void requireEditor(AccountPrincipal who) {
		if (!who.role().includes(Role.EDITOR)) {
			throw new AccessDeniedException("Only editors publish");
		}
	}

	private void apply(NewsPostForm form, NewsPost post) {
		post.setExcerpt(form.getExcerpt() == null ? "" : form.getExcerpt().strip());
		post.setBody(this.markdown.render(form.getBody()));
		post.getTags().clear();
		form.tagNames().forEach((name) -> post.tag(tagNamed(post.getLanguage(), name)));
		post.setCover(form.getCoverId() == null ? null : this.media.get(form.getCoverId()), form.getCoverAlt(),
				form.getCoverCaption());
		post.detachAll();
		for (NewsPostForm.AttachmentField attachment : form.keptAttachments()) {
			MediaFile file = this.media.get(attachment.getMediaId());
			post.attach(file, attachment.getTitle().isBlank() ? file.getOriginalFilename() : attachment.getTitle());
		}
	}

	/** The subject of that name in a language, created when it is new. */
	private Tag tagNamed(Language language, String name) {
		return this.tags.findFirstByLanguageAndNameIgnoreCase(language, name).orElseGet(() -> {
			String base = Slugs.fromTitle(name).isEmpty() ? "sujet" : Slugs.fromTitle(name);
			String slug = base;
			for (int n = 2; this.tags.existsByLanguageAndSlug(language, slug); n++) {
				slug = base + "-" + n;
			}
			return this.tags.save(new Tag(java.util.UUID.randomUUID(), language, slug, name));
		});
	}

	/** The names of all subjects, each once, for the list's filter. */
	@Transactional(readOnly = true)
	public List<String> tagNames() {
		return this.tags.findAll()
			.stream()
			.map(Tag::getName)
			.map((name) -> name.toLowerCase(java.util.Locale.ROOT))
			.distinct()
			.sorted()
			.toList();
	}

	/** The subjects of a language, for the form to suggest. */
	@Transactional(readOnly = true)
	public List<Tag> tagsOf(Language language) {
		return this.tags.findByLanguageOrderByName(language);
	}

	private static String slugOf(NewsPostForm form) {
		String slug = form.getSlug() == null || form.getSlug().isBlank() ? Slugs.fromTitle(form.getTitle())
				: form.getSlug();
		return slug.isEmpty() ? "actualite" : slug;
	}

	private static String target(NewsPost post) {
		return "news " + post.getId() + " " + post.getLanguage().code() + "/" + post.getSlug();
	}

	/** The slug is taken by another post in the same language. */
	static class SlugTaken extends RuntimeException {

		SlugTaken(String slug) {
			super("Slug taken: " + slug);
		}

	}

	/** Someone saved the post after the form was opened; {@link #current()} is the post now. */
	static class ChangedMeanwhile extends RuntimeException {

		private final transient NewsPost current;

		ChangedMeanwhile(NewsPost current) {
			super("Changed since the form was opened");
			this.current = current;
		}

		NewsPost current() {
			return this.current;
		}

	}

}
