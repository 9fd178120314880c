package be.mmmbelgium.site.media;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;

/**
 * Where the bytes of media files live: a directory ({@link FileSystemMediaStorage}, the
 * default) or a bucket of S3-compatible object storage ({@link S3MediaStorage}), which
 * several instances share. The application reaches files only through this interface.
 * <p>
 * A key is a relative path of lower-case names ({@code 2022/04/cover-1a2b3c.jpg}); any
 * other key, such as one that tries to climb out with {@code ..}, is refused.
 */
public interface MediaStorage {

	Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9_-]*(?:\\.[a-z0-9]+)?(?:/[a-z0-9][a-z0-9_-]*(?:\\.[a-z0-9]+)?)*");

	/**
	 * Where a feature keeps files of its own for a while, in the storage every instance
	 * shares (the export a WordPress import was sent, until it has run): never a media
	 * file, so never served, and left out of site archives.
	 */
	String TRANSIENT = "transient/";

	void store(String key, InputStream content) throws IOException;

	/**
	 * The stored file, or empty when there is none, or when the key is not a valid key.
	 */
	Optional<Resource> load(String key);

	void delete(String key) throws IOException;

	/**
	 * Every key stored, in no particular order, for a copy of all media elsewhere.
	 */
	Stream<String> keys() throws IOException;

	/**
	 * Throws when the storage cannot be reached or written to, for the readiness health
	 * check.
	 */
	void checkAvailable() throws IOException;

	static boolean isValidKey(@Nullable String key) {
		return key != null && key.length() <= 300 && KEY.matcher(key).matches();
	}

}
