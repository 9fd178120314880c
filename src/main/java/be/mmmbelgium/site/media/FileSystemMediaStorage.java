package be.mmmbelgium.site.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

/**
 * Keeps media files in a directory of the local file system, {@code ./data/media} by
 * default.
 */
class FileSystemMediaStorage implements MediaStorage {

	private final Path root;

	FileSystemMediaStorage(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	@Override
	public void store(String key, InputStream content) throws IOException {
		Path target = resolve(key).orElseThrow(() -> new IllegalArgumentException("Invalid media key " + key));
		Files.createDirectories(target.getParent());
		Path temporary = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
		try {
			Files.copy(content, temporary, StandardCopyOption.REPLACE_EXISTING);
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	@Override
	public Optional<Resource> load(String key) {
		return resolve(key).filter(Files::isRegularFile).map(FileSystemResource::new);
	}

	@Override
	public void delete(String key) throws IOException {
		Optional<Path> path = resolve(key);
		if (path.isPresent()) {
			Files.deleteIfExists(path.get());
		}
	}

	@Override
	public Stream<String> keys() throws IOException {
		if (!Files.isDirectory(this.root)) {
			return Stream.empty();
		}
		try (Stream<Path> files = Files.walk(this.root)) {
			// Read at once: the directory is closed before the keys are used.
			return files.filter(Files::isRegularFile)
				.map((file) -> this.root.relativize(file).toString().replace('\\', '/'))
				.filter(MediaStorage::isValidKey)
				.toList()
				.stream();
		}
	}

	@Override
	public void checkAvailable() throws IOException {
		Files.createDirectories(this.root);
		if (!Files.isWritable(this.root)) {
			throw new IOException("The media directory " + this.root + " cannot be written to");
		}
	}

	private Optional<Path> resolve(String key) {
		if (!MediaStorage.isValidKey(key)) {
			return Optional.empty();
		}
		Path resolved = this.root.resolve(key).normalize();
		return resolved.startsWith(this.root) ? Optional.of(resolved) : Optional.empty();
	}

}
