package be.mmmbelgium.site.system;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The files of the site, for its archive: the media module gives its storage, whichever
 * it is (a directory or a bucket), so that an archive made from one kind of storage is
 * imported into the other alike.
 */
public interface ArchivedFiles {

	/** Every file's key. */
	Stream<String> keys() throws IOException;

	/** The file's bytes, or empty when it has gone since its key was listed. */
	Optional<InputStream> open(String key) throws IOException;

	/** Whether the key is one the storage accepts. */
	boolean accepts(String key);

	void store(String key, InputStream content) throws IOException;

	void delete(String key) throws IOException;

}
