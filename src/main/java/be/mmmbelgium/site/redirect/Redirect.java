package be.mmmbelgium.site.redirect;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

import be.mmmbelgium.site.caching.ContentVersion;

/**
 * One address sent elsewhere: a request for {@link #getOldPath() the old path}, which the
 * site does not answer, gets a 301 to {@link #getTarget() the target}.
 */
@Entity
@EntityListeners({ AuditingEntityListener.class, ContentVersion.Listener.class })
public class Redirect {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/**
	 * Normalised by {@link OldPath#normalise}, as requests are before they are looked up.
	 */
	@Column(nullable = false, unique = true)
	private String oldPath;

	@Column(nullable = false)
	private String target;

	@CreatedDate
	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	@LastModifiedDate
	@Column(nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Redirect() {
	}

	Redirect(String oldPath, String target) {
		this.oldPath = Objects.requireNonNull(oldPath);
		this.target = Objects.requireNonNull(target);
	}

	void change(String oldPath, String target) {
		this.oldPath = Objects.requireNonNull(oldPath);
		this.target = Objects.requireNonNull(target);
	}

	public Long getId() {
		return this.id;
	}

	public String getOldPath() {
		return this.oldPath;
	}

	public String getTarget() {
		return this.target;
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

	/** How the audit log names it: {@code /old → /new}. */
	String mapping() {
		return this.oldPath + " → " + this.target;
	}

}
