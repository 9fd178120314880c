package be.mmmbelgium.site.content;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * An item as one save left it: its text and who saved it, when.
 */
@Entity
@Immutable
public class Revision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private String contentType;

	private long contentId;

	private long contentVersion;

	private @Nullable Long authorId;

	private @Nullable String authorEmail;

	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	@Embedded
	private Snapshot text;

	protected Revision() {
	}

	Revision(String contentType, long contentId, long contentVersion, @Nullable Long authorId,
			@Nullable String authorEmail, Instant createdAt, Snapshot snapshot) {
		this.contentType = contentType;
		this.contentId = contentId;
		this.contentVersion = contentVersion;
		this.authorId = authorId;
		this.authorEmail = authorEmail;
		this.createdAt = createdAt;
		this.text = snapshot;
	}

	public Long getId() {
		return this.id;
	}

	public long getContentId() {
		return this.contentId;
	}

	public long getContentVersion() {
		return this.contentVersion;
	}

	public @Nullable String getAuthorEmail() {
		return this.authorEmail;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Snapshot snapshot() {
		return this.text;
	}

	/**
	 * What a revision keeps of an item, and what changes prepared for it would make it.
	 *
	 * @param title the title
	 * @param slug the slug
	 * @param summary the excerpt or summary; empty for none
	 * @param bodyMarkdown the body as written; empty for none
	 * @param details what the item had besides its text, as {@link RevisionDetails} lines
	 */
	@Embeddable
	public record Snapshot(@Column(nullable = false) String title, @Column(nullable = false) String slug,
			@Column(nullable = false) String summary, @Column(nullable = false) String bodyMarkdown,
			@Column(nullable = false) String details) {

		public Snapshot {
			summary = Objects.requireNonNullElse(summary, "");
			bodyMarkdown = Objects.requireNonNullElse(bodyMarkdown, "");
			details = Objects.requireNonNullElse(details, "");
		}

		/** The text of an item alone, without details. */
		public Snapshot(String title, String slug, String summary, String bodyMarkdown) {
			this(title, slug, summary, bodyMarkdown, "");
		}

	}

}
