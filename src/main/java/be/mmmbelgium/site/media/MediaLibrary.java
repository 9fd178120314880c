package be.mmmbelgium.site.media;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import be.mmmbelgium.site.audit.AuditLog;
import be.mmmbelgium.site.system.LikePattern;
import be.mmmbelgium.site.web.ContentNotFoundException;
import be.mmmbelgium.site.web.Slugs;

/**
 * The media library: adds uploaded files after checking what they really are, lists and
 * finds them, and deletes those nothing uses any more.
 * <p>
 * A file is accepted by its content alone: its first bytes must be those of an accepted
 * type, it must be whole and hold nothing else (no page or script hidden in it), and it
 * must fit the size allowed for its kind. Images are encoded again, in a few widths;
 * audio is measured. Each file gets a key of its own, derived from its name and content,
 * so its address never serves other bytes and can be cached for good.
 */
@Service
public class MediaLibrary {

	/**
	 * Markers of web pages and scripts, which have no business inside an image, a sound
	 * or a PDF.
	 */
	private static final List<String> MARKUP = List.of("<script", "<?php", "<html", "<iframe", "<svg", "<!doctype",
			"<body", "javascript:");

	private static final int COPY_BUFFER = 1 << 16;

	/**
	 * Characters left out of the names shown: control characters, and the bidirectional
	 * controls that make {@code photo\u202Egnp.exe} read as {@code photoexe.png}.
	 */
	private static final String UNSHOWN_CHARACTERS = "[\\p{Cntrl}\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]";

	private final MediaRepository files;

	private final MediaStorage storage;

	private final Clock clock;

	private final MediaProperties properties;

	private final ApplicationEventPublisher events;

	private final Collection<MediaUse> uses;

	private final DecodingGate decoding = DecodingGate.forThisMachine(ImageEncoder.BYTES_PER_DECODE);

	private final TransactionTemplate transactions;

	MediaLibrary(MediaRepository files, MediaStorage storage, Clock clock, MediaProperties properties,
			ApplicationEventPublisher events, Collection<MediaUse> uses,
			PlatformTransactionManager transactionManager) {
		this.transactions = new TransactionTemplate(transactionManager);
		this.files = files;
		this.storage = storage;
		this.clock = clock;
		this.properties = properties;
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
	public MediaFile upload(String filename, InputStream content, Set<MediaKind> accepted, AuditLog.Actor who) {
		String name = displayName(filename);
		Path temporary = null;
		try {
			temporary = Files.createTempFile("mmm-upload-", ".tmp");
			String digest = copy(content, temporary, largestAccepted(accepted));
			long size = Files.size(temporary);
			if (size == 0) {
				throw new UploadRefusedException("empty");
			}
			byte[] head = head(temporary);
			FileType type = FileType.identify(head);
			if (!accepted.contains(type.kind())) {
				throw new UploadRefusedException("wrongKind");
			}
			long limit = this.properties.maxSize(type.kind()).toBytes();
			if (size > limit) {
				throw new UploadRefusedException("tooLarge", megabytes(limit));
			}
			requireNoMarkup(head);
			Keeping keeping;
			try {
				keeping = switch (type.kind()) {
					case IMAGE -> image(name, temporary, type, digest, who);
					case AUDIO -> audio(name, temporary, type, digest, who);
					case DOCUMENT -> document(name, temporary, type, digest, who);
				};
			}
			catch (EOFException | BufferUnderflowException | IndexOutOfBoundsException ex) {
				// A file whose structure promises more than it holds.
				throw new UploadRefusedException("damaged");
			}
			return keep(keeping, name, who);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not keep the upload " + name, ex);
		}
		finally {
			deleteQuietly(temporary);
		}
	}

	/**
	 * How a checked file is kept: stored and saved, once it is known to be one the site
	 * keeps.
	 */
	@FunctionalInterface
	private interface Keeping {

		MediaFile keep() throws IOException;

	}

	/** Keeps a checked file and records its upload, in one transaction. */
	private MediaFile keep(Keeping keeping, String name, AuditLog.Actor who) {
		return this.transactions.execute((status) -> {
			MediaFile file;
			try {
				file = keeping.keep();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not keep the upload " + name, ex);
			}
			if (who != null) {
				this.events.publishEvent(
						new MediaEvent.Uploaded(who, "media " + file.getId() + " " + file.getStorageKey(), name));
			}
			return file;
		});
	}

	/** An image, encoded again when its turn to be decoded comes, kept in its widths. */
	private Keeping image(String name, Path temporary, FileType type, String digest, AuditLog.Actor who)
			throws IOException {
		ImageEncoder.Result image = this.decoding
			.pass(() -> ImageEncoder.encode(temporary, type, this.properties.maxImagePixels()));
		return () -> {
			String key = keyFor(name, image.type().extension(), digest);
			Optional<MediaFile> existing = this.files.findByStorageKey(key);
			if (existing.isPresent()) {
				return existing.get();
			}
			this.storage.store(key, new ByteArrayInputStream(image.full().bytes()));
			List<Integer> widths = new ArrayList<>();
			for (ImageEncoder.Encoded smaller : image.smaller()) {
				this.storage.store(MediaFile.variantKey(key, smaller.width()),
						new ByteArrayInputStream(smaller.bytes()));
				widths.add(smaller.width());
			}
			MediaFile file = new MediaFile(key, name, image.type().mediaType(), image.full().bytes().length,
					email(who));
			file.describeImage(image.full().width(), image.full().height(), widths);
			return this.files.save(file);
		};
	}

	/** A sound, measured, kept as it is. */
	private Keeping audio(String name, Path temporary, FileType type, String digest, AuditLog.Actor who)
			throws IOException {
		int duration = type == FileType.MP3 ? Mp3Audio.durationSeconds(temporary) : Mp4Audio.durationSeconds(temporary);
		return () -> {
			MediaFile file = addAsIs(name, temporary, type, digest, who);
			file.describeAudio(duration);
			return file;
		};
	}

	/** A document, read through when its turn comes, kept as it is. */
	private Keeping document(String name, Path temporary, FileType type, String digest, AuditLog.Actor who)
			throws IOException {
		this.decoding.pass(() -> {
			PdfDocument.check(temporary);
			return null;
		});
		return () -> addAsIs(name, temporary, type, digest, who);
	}

	private MediaFile addAsIs(String name, Path temporary, FileType type, String digest, AuditLog.Actor who)
			throws IOException {
		String key = keyFor(name, type.extension(), digest);
		Optional<MediaFile> existing = this.files.findByStorageKey(key);
		if (existing.isPresent()) {
			return existing.get();
		}
		try (InputStream in = Files.newInputStream(temporary)) {
			this.storage.store(key, in);
		}
		return this.files.save(new MediaFile(key, name, type.mediaType(), Files.size(temporary), email(who)));
	}

	/**
	 * The files of the library, the newest first, those of a kind or whose name contains
	 * {@code search}.
	 */
	@Transactional(readOnly = true)
	public Page<MediaFile> list(MediaKind kind, String search, Pageable pageable) {
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

	/**
	 * Deletes a file that nothing uses any more, its bytes and its smaller widths.
	 * @throws MediaInUseException when something still uses it
	 */
	@Transactional
	public void delete(long id, AuditLog.Actor who) {
		MediaFile file = get(id);
		List<MediaUse.Use> usedBy = usesOf(file);
		if (!usedBy.isEmpty()) {
			throw new MediaInUseException(usedBy);
		}
		this.files.delete(file);
		this.files.flush();
		List<String> keys = file.allKeys();
		// The bytes go once the row is gone for good: a failed commit leaves both in
		// place.
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				for (String key : keys) {
					try {
						MediaLibrary.this.storage.delete(key);
					}
					catch (IOException ex) {
						throw new UncheckedIOException("Could not delete " + key, ex);
					}
				}
			}
		});
		this.events.publishEvent(new MediaEvent.Deleted(who, "media " + file.getId() + " " + file.getStorageKey(),
				file.getOriginalFilename()));
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

	/** The name a file is listed under: its own, without any folder, never empty. */
	static String displayName(String filename) {
		String name = filename == null ? "" : filename.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll(UNSHOWN_CHARACTERS, "").strip();
		if (name.length() > 200) {
			name = name.substring(name.length() - 200);
		}
		return name.isEmpty() ? "file" : name;
	}

	private long largestAccepted(Set<MediaKind> accepted) {
		return accepted.stream().mapToLong((kind) -> this.properties.maxSize(kind).toBytes()).max().orElse(0);
	}

	/**
	 * Copies the upload to a file, stopping as soon as it is larger than allowed; its
	 * SHA-256.
	 */
	private static String copy(InputStream content, Path target, long limit) throws IOException {
		MessageDigest sha256 = sha256();
		try (InputStream in = new DigestInputStream(content, sha256);
				OutputStream out = Files.newOutputStream(target)) {
			byte[] buffer = new byte[COPY_BUFFER];
			long total = 0;
			for (int count = in.read(buffer); count >= 0; count = in.read(buffer)) {
				total += count;
				if (total > limit) {
					throw new UploadRefusedException("tooLarge", megabytes(limit));
				}
				out.write(buffer, 0, count);
			}
		}
		return HexFormat.of().formatHex(sha256.digest());
	}

	private static byte[] head(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return in.readNBytes(FileType.HEAD_LENGTH);
		}
	}

	/**
	 * Refuses a file whose first bytes hold a web page or a script besides the file
	 * itself: a polyglot. Only the beginning is read, where such files put what a browser
	 * would run; the rest is checked by each kind's own reading (every byte of audio
	 * belongs to a frame or a box, a PDF ends at its end marker, an image is encoded
	 * again), since markers found by chance in compressed data would refuse good files.
	 */
	private static void requireNoMarkup(byte[] head) {
		String text = new String(head, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
		for (String marker : MARKUP) {
			if (text.contains(marker)) {
				throw new UploadRefusedException("polyglot");
			}
		}
	}

	private static long megabytes(long bytes) {
		return bytes / (1024 * 1024);
	}

	private static String email(AuditLog.Actor who) {
		return who == null ? null : who.email();
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void deleteQuietly(Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				// A temporary file left behind is removed with the others by the system.
			}
		}
	}

}
