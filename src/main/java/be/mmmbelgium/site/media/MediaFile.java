package be.mmmbelgium.site.media;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

import be.mmmbelgium.site.web.SitePaths;

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

	private @Nullable Integer width;

	private @Nullable Integer height;

	private @Nullable Integer durationSeconds;

	/**
	 * The smaller widths an image is also stored in, as {@code 480,960}; empty for other
	 * files.
	 */
	@Column(nullable = false)
	private String variantWidths = "";

	private @Nullable String uploadedBy;

	@CreatedDate
	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected MediaFile() {
	}

	MediaFile(String storageKey, String originalFilename, String mediaType, long byteLength,
			@Nullable String uploadedBy) {
		this.storageKey = Objects.requireNonNull(storageKey);
		this.originalFilename = Objects.requireNonNull(originalFilename);
		this.mediaType = Objects.requireNonNull(mediaType);
		this.byteLength = byteLength;
		this.uploadedBy = uploadedBy;
	}

	void describeImage(int width, int height, List<Integer> smallerWidths) {
		this.width = width;
		this.height = height;
		this.variantWidths = smallerWidths.stream().map(String::valueOf).collect(Collectors.joining(","));
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

	public @Nullable Integer getWidth() {
		return this.width;
	}

	public @Nullable Integer getHeight() {
		return this.height;
	}

	public @Nullable Integer getDurationSeconds() {
		return this.durationSeconds;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public @Nullable String getUploadedBy() {
		return this.uploadedBy;
	}

	public MediaKind getKind() {
		return MediaKind.of(this.mediaType);
	}

	public boolean isImage() {
		return getKind() == MediaKind.IMAGE;
	}

	/** The smaller widths of an image, each with its own key, the narrowest first. */
	public List<Variant> getVariants() {
		if (this.variantWidths.isEmpty() || this.width == null || this.height == null) {
			return List.of();
		}
		return Arrays.stream(this.variantWidths.split(","))
			.map(Integer::parseInt)
			.map((w) -> new Variant(variantKey(this.storageKey, w), w,
					Math.max(1, (int) Math.round((double) this.height * w / this.width))))
			.toList();
	}

	/**
	 * The {@code srcset} of an image: each width at its address, the full image last;
	 * empty for an image stored in one width only.
	 */
	public @Nullable String srcset(SitePaths paths) {
		List<Variant> variants = getVariants();
		if (variants.isEmpty()) {
			return null;
		}
		StringBuilder srcset = new StringBuilder();
		variants.forEach((variant) -> srcset.append(paths.media(variant.storageKey()))
			.append(' ')
			.append(variant.width())
			.append("w, "));
		return srcset.append(paths.media(this.storageKey)).append(' ').append(this.width).append('w').toString();
	}

	/**
	 * The narrowest width of an image, to show it small: a thumbnail in the back-office.
	 */
	private Variant thumbnail() {
		List<Variant> variants = getVariants();
		return variants.isEmpty() ? new Variant(this.storageKey, this.width == null ? 0 : this.width,
				this.height == null ? 0 : this.height) : variants.get(0);
	}

	public String thumbnailKey() {
		return thumbnail().storageKey();
	}

	public int thumbnailWidth() {
		return thumbnail().width();
	}

	public int thumbnailHeight() {
		return thumbnail().height();
	}

	/**
	 * The key of an image's smaller width: {@code 2026/11/photo-1a2b.jpg} at 480 is
	 * {@code 2026/11/photo-1a2b-480w.jpg}.
	 */
	static String variantKey(String storageKey, int width) {
		int dot = storageKey.lastIndexOf('.');
		return dot < 0 ? storageKey + "-" + width + "w"
				: storageKey.substring(0, dot) + "-" + width + "w" + storageKey.substring(dot);
	}

	/**
	 * A {@code like} pattern matching text that links to this file or to one of its
	 * widths.
	 */
	public String linkPattern() {
		int dot = this.storageKey.lastIndexOf('.');
		return "%/media/" + (dot < 0 ? this.storageKey : this.storageKey.substring(0, dot)) + "%";
	}

	/**
	 * The keys of every stored file of this entry: the file itself and its smaller
	 * widths.
	 */
	List<String> allKeys() {
		List<String> keys = new ArrayList<>();
		keys.add(this.storageKey);
		getVariants().forEach((variant) -> keys.add(variant.storageKey()));
		return keys;
	}

	/** One smaller width of an image. */
	public record Variant(String storageKey, int width, int height) {
	}

}
