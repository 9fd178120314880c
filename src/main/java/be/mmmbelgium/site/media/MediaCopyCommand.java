package be.mmmbelgium.site.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Copies the media of a directory into the storage the settings choose, for a site that
 * moves its files to a bucket:
 * {@code MMM_MEDIA_STORAGE=s3 … java -jar mmm-belgium-site.jar --mmm.media.copy-from=./data/media}.
 * A file already in the storage with the same length is left as it is, so the copy can be
 * run again after an interruption, or once more just before switching over. The process
 * ends with status 0 when every file is there, 1 otherwise.
 */
@Component
@ConditionalOnProperty(MediaCopyCommand.SOURCE)
class MediaCopyCommand implements ApplicationRunner, ExitCodeGenerator {

	static final String SOURCE = "mmm.media.copy-from";

	private final MediaStorage target;

	private final Environment environment;

	private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

	private int exitCode = 1;

	MediaCopyCommand(MediaStorage target, Environment environment) {
		this.target = target;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		Path directory = Path.of(this.environment.getRequiredProperty(SOURCE));
		if (!Files.isDirectory(directory)) {
			this.out.println("No media directory at " + directory.toAbsolutePath());
			return;
		}
		Copied copied = copy(new FileSystemMediaStorage(directory), this.target);
		this.out.printf("Copied %d files (%d MB), %d already there, %d failed%n", copied.copied(), copied.bytes() >> 20,
				copied.present(), copied.failed());
		this.exitCode = (copied.failed() == 0) ? 0 : 1;
	}

	/** Copies every file of {@code source} that {@code target} lacks. */
	Copied copy(MediaStorage source, MediaStorage target) throws IOException {
		Copied copied = new Copied(0, 0, 0, 0);
		try (Stream<String> keys = source.keys()) {
			Iterator<String> each = keys.iterator();
			while (each.hasNext()) {
				String key = each.next();
				Optional<Resource> file = source.load(key);
				if (file.isEmpty()) {
					continue;
				}
				long length = file.get().contentLength();
				Optional<Resource> there = target.load(key);
				if (there.isPresent() && there.get().contentLength() == length) {
					copied = copied.plusPresent();
					continue;
				}
				try (InputStream in = file.get().getInputStream()) {
					target.store(key, in);
					copied = copied.plusCopied(length);
				}
				catch (IOException | RuntimeException ex) {
					this.out.println("Could not copy " + key + ": " + ex.getMessage());
					copied = copied.plusFailed();
				}
			}
		}
		return copied;
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

	/** How a copy went. */
	record Copied(int copied, long bytes, int present, int failed) {

		Copied plusCopied(long length) {
			return new Copied(this.copied + 1, this.bytes + length, this.present, this.failed);
		}

		Copied plusPresent() {
			return new Copied(this.copied, this.bytes, this.present + 1, this.failed);
		}

		Copied plusFailed() {
			return new Copied(this.copied, this.bytes, this.present, this.failed + 1);
		}

	}

}
