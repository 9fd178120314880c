package be.mmmbelgium.site.media;

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
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * A file kept in the {@link MediaStorage}: what it is, and the facts pages and feeds need
 * about it without reading it (size, dimensions, duration).
 */
@Entity
@EntityListeners(AuditingEntityListener.class)
public class MediaFile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, updatable = false)
	private String storageKey;

	@Column(nullable = false)
	private String originalFilename;

	@Column(nullable = false)
	private String mediaType;

	private long byteLength;

	private Integer width;

	private Integer height;

	private Integer durationSeconds;

	@CreatedDate
	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected MediaFile() {
	}

	MediaFile(String storageKey, String originalFilename, String mediaType, long byteLength) {
		this.storageKey = Objects.requireNonNull(storageKey);
		this.originalFilename = Objects.requireNonNull(originalFilename);
		this.mediaType = Objects.requireNonNull(mediaType);
		this.byteLength = byteLength;
	}

	void describeImage(int width, int height) {
		this.width = width;
		this.height = height;
	}

	void describeAudio(int durationSeconds) {
		this.durationSeconds = durationSeconds;
	}

	public Long getId() {
		return this.id;
	}

	public String getStorageKey() {
		return this.storageKey;
	}

	public String getOriginalFilename() {
		return this.originalFilename;
	}

	public String getMediaType() {
		return this.mediaType;
	}

	public long getByteLength() {
		return this.byteLength;
	}

	public Integer getWidth() {
		return this.width;
	}

	public Integer getHeight() {
		return this.height;
	}

	public Integer getDurationSeconds() {
		return this.durationSeconds;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
