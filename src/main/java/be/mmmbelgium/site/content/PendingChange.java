package be.mmmbelgium.site.content;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * Changes prepared for a published item, kept aside while the site goes on showing the
 * item as it was published: what the item would become, who prepared it, and whether it
 * awaits review. Someone who publishes puts it live, or it is discarded.
 */
@Entity
public class PendingChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private String contentType;

	@Column(nullable = false, updatable = false)
	private long contentId;

	/**
	 * The item's version the changes were made on; the item saved since means they are
	 * stale.
	 */
	@Column(nullable = false)
	private long baseVersion;

	/** What the item would become. */
	@Embedded
	private Revision.Snapshot text;

	private Long savedBy;

	private String savedByEmail;

	@Column(nullable = false)
	private Instant savedAt;

	private @Nullable Instant submittedAt;

	private @Nullable String reviewNote;

	private @Nullable String reviewNoteBy;

	@Version
	private long version;

	protected PendingChange() {
	}

	PendingChange(String contentType, long contentId, Revision.Snapshot snapshot, long baseVersion, long savedBy,
			String savedByEmail, Instant savedAt) {
		this.contentType = Objects.requireNonNull(contentType);
		this.contentId = contentId;
		this.text = Objects.requireNonNull(snapshot);
		this.baseVersion = baseVersion;
		this.savedBy = savedBy;
		this.savedByEmail = savedByEmail;
		this.savedAt = savedAt;
	}

	/** Keeps what the item would become, made on its version {@code baseVersion}. */
	void keep(Revision.Snapshot snapshot, long baseVersion, long savedBy, String savedByEmail, Instant savedAt) {
		this.text = Objects.requireNonNull(snapshot);
		this.baseVersion = baseVersion;
		this.savedBy = savedBy;
		this.savedByEmail = savedByEmail;
		this.savedAt = savedAt;
	}

	/** Asks someone who publishes to review the changes. */
	void submit(Instant instant) {
		this.submittedAt = Objects.requireNonNull(instant);
		this.reviewNote = null;
		this.reviewNoteBy = null;
	}

	/** Sends the changes back to whoever prepared them, with what the reviewer asks. */
	void sendBack(String note, String reviewer) {
		if (this.submittedAt == null) {
			throw new IllegalStateException("Only changes awaiting review are sent back");
		}
		this.submittedAt = null;
		this.reviewNote = Objects.requireNonNull(note);
		this.reviewNoteBy = reviewer;
	}

	public Revision.Snapshot snapshot() {
		return this.text;
	}

	public long getContentId() {
		return this.contentId;
	}

	public long getBaseVersion() {
		return this.baseVersion;
	}

	public Long getSavedBy() {
		return this.savedBy;
	}

	public Instant getSavedAt() {
		return this.savedAt;
	}

	public @Nullable Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public boolean isSubmitted() {
		return this.submittedAt != null;
	}

	public @Nullable String getReviewNote() {
		return this.reviewNote;
	}

	public @Nullable String getReviewNoteBy() {
		return this.reviewNoteBy;
	}

	public long getVersion() {
		return this.version;
	}

}
