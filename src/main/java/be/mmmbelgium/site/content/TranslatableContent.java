package be.mmmbelgium.site.content;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

import be.mmmbelgium.site.caching.ContentVersion;
import be.mmmbelgium.site.web.Language;
import be.mmmbelgium.site.web.Slugs;

/**
 * An item of content in one language: a page, a news post, a podcast series or episode.
 * <p>
 * The translations of one item are separate rows sharing a translation group. A
 * translation remembers the version of the item it was translated from, so the
 * back-office can tell when the source changed since. Whether a published item is visible
 * is decided at query time against the clock, so a post scheduled for later appears on
 * time without any job running.
 */
@MappedSuperclass
@EntityListeners({ AuditingEntityListener.class, ContentVersion.Listener.class })
public abstract class TranslatableContent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private UUID translationGroup;

	@Column(nullable = false, updatable = false)
	private Language language;

	@Column(nullable = false)
	private String slug;

	@Column(nullable = false)
	private String title;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status = Status.DRAFT;

	private @Nullable Instant publishedAt;

	private @Nullable Long sourceId;

	/** Who wrote the item first; contributors may edit only their own drafts. */
	private @Nullable Long authorId;

	/** When a contributor asked an editor to review the draft; null when nobody asked. */
	private @Nullable Instant submittedAt;

	/**
	 * What the reviewer said when sending the draft back, until it is submitted again.
	 */
	private @Nullable String reviewNote;

	/** Who sent it back, as they are named in the back-office. */
	private @Nullable String reviewNoteBy;

	private @Nullable Long sourceVersion;

	@CreatedDate
	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	@LastModifiedDate
	@Column(nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	/**
	 * The item's searchable text besides its title, as plain text (see
	 * {@link #searchableText()}).
	 */
	@Column(nullable = false)
	private String searchText = "";

	/**
	 * The title and the searchable text, folded for comparison (see
	 * {@link SearchText#fold(String)}).
	 */
	@Column(nullable = false)
	private String searchFolded = "";

	protected TranslatableContent() {
	}

	/** A new item, the first of its translation group. */
	protected TranslatableContent(Language language, String slug, String title) {
		this(UUID.randomUUID(), language, slug, title);
	}

	protected TranslatableContent(UUID translationGroup, Language language, String slug, String title) {
		this.translationGroup = Objects.requireNonNull(translationGroup);
		this.language = Objects.requireNonNull(language);
		this.slug = Objects.requireNonNull(slug);
		this.title = Objects.requireNonNull(title);
	}

	/**
	 * Keeps the text the site search looks through in step with the item, whichever way
	 * it was changed.
	 */
	@PrePersist
	@PreUpdate
	void prepareForSearch() {
		this.searchText = searchableText();
		this.searchFolded = SearchText.fold(this.title) + "\n" + SearchText.fold(this.searchText);
	}

	/**
	 * What a site search finds the item by, besides its title, as plain text: each kind
	 * of content names its own (see {@link SearchText#join} and
	 * {@link SearchText#plain}).
	 */
	protected String searchableText() {
		return "";
	}

	/**
	 * Records that this item translates {@code source} as it stands now, at its current
	 * version.
	 */
	public void translates(TranslatableContent source) {
		// Through its getters: the source may be a lazy proxy, whose own fields are
		// empty.
		if (!source.getTranslationGroup().equals(this.translationGroup) || source.getLanguage() == this.language) {
			throw new IllegalArgumentException("A translation shares the group of its source, in another language");
		}
		this.sourceId = source.getId();
		this.sourceVersion = source.getVersion();
	}

	/**
	 * Whether this translation was made from an older version of its source than
	 * {@code sourceVersionNow}; false for an item that translates nothing.
	 */
	public boolean isBehind(long sourceVersionNow) {
		return this.sourceVersion != null && sourceVersionNow > this.sourceVersion;
	}

	/** Publishes the item at {@code instant}; an instant in the future schedules it. */
	public void publish(Instant instant) {
		requireNotTrashed();
		this.status = Status.PUBLISHED;
		this.publishedAt = Objects.requireNonNull(instant);
		this.submittedAt = null;
	}

	public void unpublish() {
		requireNotTrashed();
		this.status = Status.DRAFT;
	}

	/** An item in the trash is restored first, then published or changed. */
	private void requireNotTrashed() {
		if (this.status == Status.TRASHED) {
			throw new IllegalStateException("Restore the item from the trash first");
		}
	}

	public void trash() {
		this.status = Status.TRASHED;
		this.submittedAt = null;
	}

	/**
	 * Plans when a draft should appear, for the editor who publishes it; a draft stays
	 * off the site whatever its planned instant. Published items keep their instant.
	 */
	public void planFor(@Nullable Instant instant) {
		if (this.status == Status.DRAFT) {
			this.publishedAt = instant;
		}
	}

	/** Asks an editor to review this draft. */
	public void submitForReview(Instant instant) {
		if (this.status != Status.DRAFT) {
			throw new IllegalStateException("Only a draft is submitted for review");
		}
		this.submittedAt = Objects.requireNonNull(instant);
		this.reviewNote = null;
		this.reviewNoteBy = null;
	}

	/** Sends a draft awaiting review back to its author, with what the reviewer asks. */
	public void sendBack(String note, String reviewer) {
		if (this.status != Status.DRAFT || this.submittedAt == null) {
			throw new IllegalStateException("Only a draft awaiting review is sent back");
		}
		this.submittedAt = null;
		this.reviewNote = Objects.requireNonNull(note);
		this.reviewNoteBy = reviewer;
	}

	public @Nullable String getReviewNote() {
		return this.reviewNote;
	}

	public @Nullable String getReviewNoteBy() {
		return this.reviewNoteBy;
	}

	/** Takes a draft back from review, for instance to change it further. */
	public void withdrawFromReview() {
		this.submittedAt = null;
	}

	/** Takes the item out of the trash as a draft, to be published again on purpose. */
	public void restore() {
		if (this.status == Status.TRASHED) {
			this.status = Status.DRAFT;
		}
	}

	/**
	 * The slugs the item answers to, the current one first, for when it is removed for
	 * good.
	 */
	public List<String> allSlugs() {
		List<String> slugs = new ArrayList<>();
		slugs.add(this.slug);
		slugs.addAll(oldSlugs());
		return slugs;
	}

	public boolean isVisibleAt(Instant now) {
		return this.status == Status.PUBLISHED && this.publishedAt != null && !this.publishedAt.isAfter(now);
	}

	public Long getId() {
		return this.id;
	}

	public UUID getTranslationGroup() {
		return this.translationGroup;
	}

	public Language getLanguage() {
		return this.language;
	}

	public String getSlug() {
		return this.slug;
	}

	/**
	 * Gives the item a new slug. The old one is remembered so that its address keeps
	 * answering, with a permanent redirect to the new one.
	 */
	public void changeSlug(String newSlug) {
		Objects.requireNonNull(newSlug);
		if (!newSlug.equals(this.slug)) {
			oldSlugs().add(this.slug);
			oldSlugs().remove(newSlug);
			this.slug = newSlug;
		}
	}

	/**
	 * The slugs this item answered to before, each a permanent redirect to the current
	 * one.
	 */
	protected abstract Set<String> oldSlugs();

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = Objects.requireNonNull(title);
	}

	public Status getStatus() {
		return this.status;
	}

	public @Nullable Instant getPublishedAt() {
		return this.publishedAt;
	}

	public @Nullable Long getSourceId() {
		return this.sourceId;
	}

	public @Nullable Long getSourceVersion() {
		return this.sourceVersion;
	}

	public @Nullable Long getAuthorId() {
		return this.authorId;
	}

	public void setAuthorId(@Nullable Long authorId) {
		this.authorId = authorId;
	}

	public @Nullable Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public boolean isSubmitted() {
		return this.submittedAt != null && this.status == Status.DRAFT;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public long getVersion() {
		return this.version;
	}

	/**
	 * Whether the slug still follows the title: the item is a draft, and its slug is the
	 * one made from its title (with the language a translation was first given), not one
	 * someone typed. The form then shows the slug empty, so that it is made again from
	 * the title as saved: a translation, created with its source's title, takes the slug
	 * of its own title.
	 */
	public boolean slugFollowsTitle() {
		String made = Slugs.fromTitle(getTitle());
		return getStatus() == Status.DRAFT && !made.isEmpty()
				&& getSlug().matches(Pattern.quote(made) + "(-(fr|nl|en)(-[0-9]+)?)?");
	}

}
