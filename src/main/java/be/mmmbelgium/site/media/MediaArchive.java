package be.mmmbelgium.site.media;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

import be.mmmbelgium.site.system.ArchivedFiles;
import be.mmmbelgium.site.system.ArchivedTable;

/**
 * The media in the site archive: the rows of the library, and the files of the storage,
 * whichever storage the settings chose.
 */
@Configuration(proxyBeanMethods = false)
class MediaArchive {

	@Bean
	ArchivedTable archivedMediaFiles() {
		return ArchivedTable.of("media_file");
	}

	@Bean
	ArchivedFiles archivedFiles(MediaStorage storage) {
		return new ArchivedFiles() {

			@Override
			public Stream<String> keys() throws IOException {
				return storage.keys().filter((key) -> !key.startsWith(MediaStorage.TRANSIENT));
			}

			@Override
			public Optional<InputStream> open(String key) throws IOException {
				Optional<Resource> file = storage.load(key);
				return file.isPresent() ? Optional.of(file.get().getInputStream()) : Optional.empty();
			}

			@Override
			public boolean accepts(String key) {
				return MediaStorage.isValidKey(key) && !key.startsWith(MediaStorage.TRANSIENT);
			}

			@Override
			public void store(String key, InputStream content) throws IOException {
				storage.store(key, content);
			}

			@Override
			public void delete(String key) throws IOException {
				storage.delete(key);
			}

		};
	}

}
