package be.mmmbelgium.site.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;

import org.jspecify.annotations.Nullable;

/**
 * An upload that passed the checks and is ready to be kept: the name it is listed under,
 * the type it is kept as, the SHA-256 of what was sent, and what its kind's check found
 * (an image encoded again, the length of a sound). What was sent waits in a temporary
 * file, which closing removes.
 * <p>
 * Checking is the slow part of an upload (an image is decoded and encoded in its widths),
 * and needs no database: whoever adds many files, as an import does, may check one while
 * keeping another ({@link MediaLibrary#check}, {@link MediaLibrary#keep}).
 */
public final class CheckedUpload implements AutoCloseable {

	private final String name;

	private final FileType type;

	private final String digest;

	private final Path content;

	private final ImageEncoder.@Nullable Result image;

	private final @Nullable Integer durationSeconds;

	private CheckedUpload(String name, FileType type, String digest, Path content, ImageEncoder.@Nullable Result image,
			@Nullable Integer durationSeconds) {
		this.name = name;
		this.type = type;
		this.digest = digest;
		this.content = content;
		this.image = image;
		this.durationSeconds = durationSeconds;
	}

	/** An image, kept as it was encoded again rather than as it was sent. */
	static CheckedUpload image(String name, String digest, Path content, ImageEncoder.Result image) {
		return new CheckedUpload(name, image.type(), digest, content, image, null);
	}

	/** A sound, kept as it was sent, with its length. */
	static CheckedUpload audio(String name, FileType type, String digest, Path content, int durationSeconds) {
		return new CheckedUpload(name, type, digest, content, null, durationSeconds);
	}

	/** A document, kept as it was sent. */
	static CheckedUpload document(String name, FileType type, String digest, Path content) {
		return new CheckedUpload(name, type, digest, content, null, null);
	}

	String name() {
		return this.name;
	}

	FileType type() {
		return this.type;
	}

	/** The SHA-256 of what was sent, in hexadecimal. */
	String digest() {
		return this.digest;
	}

	boolean isImage() {
		return this.image != null;
	}

	/** The image encoded again, in its widths; null unless {@link #isImage()}. */
	ImageEncoder.@Nullable Result image() {
		return this.image;
	}

	/** How long a sound lasts; empty for other kinds. */
	OptionalInt durationSeconds() {
		return (this.durationSeconds != null) ? OptionalInt.of(this.durationSeconds) : OptionalInt.empty();
	}

	/** What was sent, as it was sent. */
	InputStream open() throws IOException {
		return Files.newInputStream(this.content);
	}

	long size() throws IOException {
		return Files.size(this.content);
	}

	@Override
	public void close() {
		deleteQuietly(this.content);
	}

	static void deleteQuietly(@Nullable Path file) {
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
