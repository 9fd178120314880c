package be.mmmbelgium.site.content;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.hibernate.annotations.Immutable;

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

	private Long authorId;

	private String authorEmail;

	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String slug;

	@Column(nullable = false)
	private String summary;

	@Column(nullable = false)
	private String bodyMarkdown;

	/** What the item had besides its text, as {@link RevisionDetails} lines. */
	@Column(nullable = false)
	private String details = "";

	protected Revision() {
	}

	Revision(String contentType, long contentId, long contentVersion, Long authorId, String authorEmail,
			Instant createdAt, Snapshot snapshot) {
		this.contentType = contentType;
		this.contentId = contentId;
		this.contentVersion = contentVersion;
		this.authorId = authorId;
		this.authorEmail = authorEmail;
		this.createdAt = createdAt;
		this.title = snapshot.title();
		this.slug = snapshot.slug();
		this.summary = snapshot.summary() == null ? "" : snapshot.summary();
		this.bodyMarkdown = snapshot.bodyMarkdown() == null ? "" : snapshot.bodyMarkdown();
		this.details = snapshot.details() == null ? "" : snapshot.details();
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

	public String getAuthorEmail() {
		return this.authorEmail;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Snapshot snapshot() {
		return new Snapshot(this.title, this.slug, this.summary, this.bodyMarkdown, this.details);
	}

	/**
	 * What a revision keeps of an item.
	 *
	 * @param title the title
	 * @param slug the slug
	 * @param summary the excerpt or summary
	 * @param bodyMarkdown the body as written
	 * @param details what the item had besides its text, as {@link RevisionDetails} lines
	 */
	public record Snapshot(String title, String slug, String summary, String bodyMarkdown, String details) {

		/** The text of an item alone, without details. */
		public Snapshot(String title, String slug, String summary, String bodyMarkdown) {
			this(title, slug, summary, bodyMarkdown, "");
		}

	}

}
