package be.mmmbelgium.site.media;

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
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The checks an upload passes before the library keeps it.
 * <p>
 * A file is accepted by its content alone: its first bytes must be those of an accepted
 * type, it must be whole and hold nothing else (no page or script hidden in it), and it
 * must fit the size allowed for its kind. Images are decoded and encoded again, in a few
 * widths, within the pixel limit; audio is measured; a PDF is read through. Decoding
 * waits its turn at a {@link DecodingGate}.
 */
@Component
class UploadChecks {

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

	private final MediaProperties properties;

	private final DecodingGate decoding = DecodingGate.forThisMachine(ImageEncoder.BYTES_PER_DECODE);

	UploadChecks(MediaProperties properties) {
		this.properties = properties;
	}

	/**
	 * Checks an upload, measuring or encoding it again. It runs in no transaction of its
	 * own, so an upload waiting its turn to be decoded holds no database connection.
	 * @param accepted the kinds the form asks for
	 * @return the checked upload, to be closed once kept
	 * @throws UploadRefusedException when the file is not one the site keeps
	 */
	CheckedUpload check(@Nullable String filename, InputStream content, Set<MediaKind> accepted) {
		String name = displayName(filename);
		Path temporary = null;
		CheckedUpload checked = null;
		try {
			temporary = Files.createTempFile("mmm-upload-", ".tmp");
			checked = check(name, content, temporary, accepted);
			return checked;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not keep the upload " + name, ex);
		}
		finally {
			if (checked == null) {
				CheckedUpload.deleteQuietly(temporary);
			}
		}
	}

	private CheckedUpload check(String name, InputStream content, Path temporary, Set<MediaKind> accepted)
			throws IOException {
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
		try {
			return switch (type.kind()) {
				case IMAGE -> image(name, temporary, type, digest);
				case AUDIO -> audio(name, temporary, type, digest);
				case DOCUMENT -> document(name, temporary, type, digest);
			};
		}
		catch (EOFException | BufferUnderflowException | IndexOutOfBoundsException ex) {
			// A file whose structure promises more than it holds.
			throw new UploadRefusedException("damaged");
		}
	}

	/** An image, encoded again when its turn to be decoded comes. */
	private CheckedUpload image(String name, Path temporary, FileType type, String digest) throws IOException {
		ImageEncoder.Result image = this.decoding
			.pass(() -> ImageEncoder.encode(temporary, type, this.properties.maxImagePixels()));
		return CheckedUpload.image(name, digest, temporary, image);
	}

	/** A sound, measured. */
	private CheckedUpload audio(String name, Path temporary, FileType type, String digest) throws IOException {
		int duration = type == FileType.MP3 ? Mp3Audio.durationSeconds(temporary) : Mp4Audio.durationSeconds(temporary);
		return CheckedUpload.audio(name, type, digest, temporary, duration);
	}

	/** A document, read through when its turn comes. */
	private CheckedUpload document(String name, Path temporary, FileType type, String digest) throws IOException {
		this.decoding.pass(() -> PdfDocument.check(temporary));
		return CheckedUpload.document(name, type, digest, temporary);
	}

	/** The name a file is listed under: its own, without any folder, never empty. */
	static String displayName(@Nullable String filename) {
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

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
