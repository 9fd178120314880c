package be.mmmbelgium.site.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.mmmbelgium.site.content.Slugs;

/**
 * Adds files to the media library: the bytes to the storage, their description to the
 * database. Each file gets a key of its own, derived from its name and content, so its
 * address never serves different bytes and can be cached for good.
 */
@Service
public class MediaLibrary {

	private final MediaRepository files;

	private final MediaStorage storage;

	private final Clock clock;

	MediaLibrary(MediaRepository files, MediaStorage storage, Clock clock) {
		this.files = files;
		this.storage = storage;
		this.clock = clock;
	}

	@Transactional
	public MediaFile addImage(String filename, String mediaType, byte[] content, int width, int height) {
		MediaFile file = add(filename, mediaType, content);
		file.describeImage(width, height);
		return file;
	}

	@Transactional
	public MediaFile addAudio(String filename, String mediaType, byte[] content, int durationSeconds) {
		MediaFile file = add(filename, mediaType, content);
		file.describeAudio(durationSeconds);
		return file;
	}

	@Transactional
	public MediaFile addDocument(String filename, String mediaType, byte[] content) {
		return add(filename, mediaType, content);
	}

	private MediaFile add(String filename, String mediaType, byte[] content) {
		String key = keyFor(filename, content);
		try {
			this.storage.store(key, new ByteArrayInputStream(content));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not store " + filename, ex);
		}
		return this.files.findByStorageKey(key)
			.orElseGet(() -> this.files.save(new MediaFile(key, filename, mediaType, content.length)));
	}

	String keyFor(String filename, byte[] content) {
		String name = filename.toLowerCase(Locale.ROOT);
		int dot = name.lastIndexOf('.');
		String extension = dot > 0 ? name.substring(dot + 1).replaceAll("[^a-z0-9]", "") : "";
		String base = Slugs.fromTitle(dot > 0 ? filename.substring(0, dot) : filename);
		if (base.isEmpty()) {
			base = "file";
		}
		ZonedDateTime now = ZonedDateTime.now(this.clock.withZone(ZoneOffset.UTC));
		String key = String.format(Locale.ROOT, "%d/%02d/%s-%s", now.getYear(), now.getMonthValue(),
				base, digest(content));
		return extension.isEmpty() ? key : key + "." + extension;
	}

	private static String digest(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)).substring(0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
