package be.mmmbelgium.site.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import be.mmmbelgium.site.audit.AuditLog;
import be.mmmbelgium.site.system.LikePattern;
import be.mmmbelgium.site.web.ContentNotFoundException;
import be.mmmbelgium.site.web.Slugs;

/**
 * The media library: adds the uploads that pass the {@link UploadChecks}, lists and finds
 * its files, and tells what uses each.
 * <p>
 * Each file gets a key of its own, derived from its name and content, so its address
 * never serves other bytes and can be cached for good; the same content under the same
 * name gives the file already there. Deleting is {@link MediaDeletion}'s job.
 */
@Service
public class MediaLibrary {

	private final MediaRepository files;

	private final MediaStorage storage;

	private final Clock clock;

	private final UploadChecks checks;

	private final ApplicationEventPublisher events;

	private final Collection<MediaUse> uses;

	private final TransactionTemplate transactions;

	/** The files sent to the library, accepted or refused: {@code mmm_uploads_total}. */
	private static final String UPLOADS = "mmm.uploads";

	private final MeterRegistry metrics;

	MediaLibrary(MediaRepository files, MediaStorage storage, Clock clock, UploadChecks checks,
			ApplicationEventPublisher events, Collection<MediaUse> uses, PlatformTransactionManager transactionManager,
			MeterRegistry metrics) {
		this.metrics = metrics;
		this.transactions = new TransactionTemplate(transactionManager);
		this.files = files;
		this.storage = storage;
		this.clock = clock;
		this.checks = checks;
		this.events = events;
		this.uses = uses;
	}

	/**
	 * Adds an uploaded file to the library; the same content under the same name gives
	 * the file already there. The file is checked, measured or encoded again first,
	 * outside any transaction of its own (an upload waiting its turn to be decoded holds
	 * no database connection); then kept, in the caller's transaction or a new one.
	 * @param accepted the kinds the form asks for
	 * @param who who uploads it, for the audit log; null for files the site adds itself
	 * @throws UploadRefusedException when the file is not one the site keeps
	 */
	public MediaFile upload(@Nullable String filename, InputStream content, Set<MediaKind> accepted,
			AuditLog.@Nullable Actor who) {
		try (CheckedUpload upload = check(filename, content, accepted)) {
			return keep(upload, who);
		}
	}

	/**
	 * The first half of an {@link #upload}: the file checked, measured or encoded again,
	 * touching no database; the caller {@link #keep keeps} it, then closes it.
	 * @throws UploadRefusedException when the file is not one the site keeps
	 */
	public CheckedUpload check(@Nullable String filename, InputStream content, Set<MediaKind> accepted) {
		try {
			CheckedUpload upload = this.checks.check(filename, content, accepted);
			this.metrics
				.counter(UPLOADS, "outcome", "accepted", "kind", upload.type().kind().name().toLowerCase(Locale.ROOT))
				.increment();
			return upload;
		}
		catch (UploadRefusedException ex) {
			this.metrics.counter(UPLOADS, "outcome", "refused", "kind", "unknown").increment();
			throw ex;
		}
	}

	/**
	 * The second half of an {@link #upload}: keeps a checked file and tells of its
	 * upload, in one transaction. The same file sent again is the one already kept, under
	 * the same key: it is not told of twice.
	 */
	public MediaFile keep(CheckedUpload upload, AuditLog.@Nullable Actor who) {
		return this.transactions.execute((status) -> {
			String key = keyFor(upload.name(), upload.type().extension(), upload.digest());
			Optional<MediaFile> existing = this.files.findByStorageKey(key);
			MediaFile file;
			try {
				file = existing.isPresent() ? existing.get() : add(key, upload, email(who));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not keep the upload " + upload.name(), ex);
			}
			upload.durationSeconds().ifPresent(file::describeAudio);
			if (who != null && existing.isEmpty()) {
				this.events.publishEvent(new MediaEvent.Uploaded(who,
						"media " + file.getId() + " " + file.getStorageKey(), upload.name()));
			}
			return file;
		});
	}

	/** Stores a new file's bytes and saves its row. */
	private MediaFile add(String key, CheckedUpload upload, @Nullable String uploadedBy) throws IOException {
		ImageEncoder.Result image = upload.image();
		return (image != null) ? addImage(key, upload, image, uploadedBy) : addAsIs(key, upload, uploadedBy);
	}

	/** An image, kept in its widths. */
	private MediaFile addImage(String key, CheckedUpload upload, ImageEncoder.Result image, @Nullable String uploadedBy)
			throws IOException {
		this.storage.store(key, new ByteArrayInputStream(image.full().bytes()));
		List<Integer> widths = new ArrayList<>();
		for (ImageEncoder.Encoded smaller : image.smaller()) {
			this.storage.store(MediaFile.variantKey(key, smaller.width()), new ByteArrayInputStream(smaller.bytes()));
			widths.add(smaller.width());
		}
		MediaFile file = new MediaFile(key, upload.name(), image.type().mediaType(), image.full().bytes().length,
				uploadedBy);
		file.describeImage(image.full().width(), image.full().height(), widths);
		return this.files.save(file);
	}

	/** A sound or a document, kept as it was sent. */
	private MediaFile addAsIs(String key, CheckedUpload upload, @Nullable String uploadedBy) throws IOException {
		try (InputStream in = upload.open()) {
			this.storage.store(key, in);
		}
		return this.files.save(new MediaFile(key, upload.name(), upload.type().mediaType(), upload.size(), uploadedBy));
	}

	/**
	 * The files of the library, the newest first, those of a kind or whose name contains
	 * {@code search}.
	 */
	@Transactional(readOnly = true)
	public Page<MediaFile> list(@Nullable MediaKind kind, @Nullable String search, Pageable pageable) {
		String pattern = LikePattern.containing(search);
		String typePrefix = kind == null ? null : switch (kind) {
			case IMAGE -> "image/%";
			case AUDIO -> "audio/%";
			case DOCUMENT -> "application/%";
		};
		return this.files.search(typePrefix, pattern, pageable);
	}

	@Transactional(readOnly = true)
	public MediaFile get(long id) {
		return find(id).orElseThrow(() -> new ContentNotFoundException("Media file"));
	}

	@Transactional(readOnly = true)
	public List<MediaFile> findAll(Collection<Long> ids) {
		return this.files.findAllById(ids);
	}

	@Transactional(readOnly = true)
	public Optional<MediaFile> find(long id) {
		return this.files.findById(id);
	}

	/** Where a file is used; empty when nothing uses it. */
	@Transactional(readOnly = true)
	public List<MediaUse.Use> usesOf(MediaFile file) {
		return this.uses.stream().flatMap((use) -> use.usesOf(file).stream()).toList();
	}

	String keyFor(String filename, String extension, String digest) {
		int dot = filename.lastIndexOf('.');
		String base = Slugs.fromTitle(dot > 0 ? filename.substring(0, dot) : filename);
		if (base.isEmpty()) {
			base = "file";
		}
		if (base.length() > 60) {
			base = base.substring(0, 60).replaceAll("-+$", "");
		}
		ZonedDateTime now = ZonedDateTime.now(this.clock.withZone(ZoneOffset.UTC));
		return String.format(Locale.ROOT, "%d/%02d/%s-%s.%s", now.getYear(), now.getMonthValue(), base,
				digest.substring(0, 12), extension);
	}

	private static @Nullable String email(AuditLog.@Nullable Actor who) {
		return who == null ? null : who.email();
	}

}
