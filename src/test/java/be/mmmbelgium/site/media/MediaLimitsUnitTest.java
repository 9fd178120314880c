package be.mmmbelgium.site.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import be.mmmbelgium.site.test.Builders;
import be.mmmbelgium.site.test.TestMedia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The size limits, which are settings, and the storage, which never reads or writes
 * outside its directory.
 */
class MediaLimitsUnitTest {

	@TempDir
	Path directory;

	@Test
	void eachKindHasTheLimitItsSettingGivesAndTheRefusalSaysIt() {
		MediaProperties limits = new MediaProperties(this.directory, DataSize.ofKilobytes(2), DataSize.ofKilobytes(8),
				DataSize.ofKilobytes(1), 1_000_000);
		SimpleMeterRegistry metrics = new SimpleMeterRegistry();
		MediaLibrary library = new MediaLibrary(null, null, Clock.fixed(Builders.NOW, ZoneOffset.UTC),
				new UploadChecks(limits), null, List.of(), null, metrics);
		byte[] largePdf = TestMedia.pdf("/Padding (" + "x".repeat(2000) + ")");

		assertThatExceptionOfType(UploadRefusedException.class)
			.isThrownBy(() -> library.upload("rapport.pdf", new ByteArrayInputStream(largePdf),
					Set.of(MediaKind.DOCUMENT), null))
			.satisfies((refused) -> assertThat(refused.messageKey()).isEqualTo("media.refused.tooLarge"));
		// The same file where audio, with its larger limit, is also accepted: still too
		// large for a document.
		assertThatExceptionOfType(UploadRefusedException.class)
			.isThrownBy(() -> library.upload("rapport.pdf", new ByteArrayInputStream(largePdf),
					Set.of(MediaKind.DOCUMENT, MediaKind.AUDIO), null))
			.satisfies((refused) -> assertThat(refused.messageKey()).isEqualTo("media.refused.tooLarge"));
		// Reading stops at the largest limit asked for: a huge upload is not copied whole
		// first.
		assertThatExceptionOfType(UploadRefusedException.class).isThrownBy(() -> library.upload("enorme.mp3",
				new ByteArrayInputStream(new byte[100 * 1024 * 1024]), Set.of(MediaKind.AUDIO), null));
		assertThat(limits.maxSize(MediaKind.IMAGE)).isEqualTo(DataSize.ofKilobytes(2));
		assertThat(metrics.counter("mmm.uploads", "outcome", "refused", "kind", "unknown").count())
			.as("refusals counted for the metrics")
			.isEqualTo(3);
	}

	@Test
	void theStorageRefusesKeysThatWouldLeaveItsDirectory() throws IOException {
		Path root = Files.createDirectories(this.directory.resolve("media"));
		Files.writeString(this.directory.resolve("secret.txt"), "not for the web", StandardCharsets.UTF_8);
		FileSystemMediaStorage storage = new FileSystemMediaStorage(root);

		for (String key : new String[] { "../secret.txt", "2026/../../secret.txt", "/etc/passwd", "..", "a/./b.jpg",
				"a\\..\\secret.txt", "%2e%2e/secret.txt", "a//b.jpg", "A.JPG", "" }) {
			assertThat(storage.load(key)).as(key).isEmpty();
			assertThatExceptionOfType(IllegalArgumentException.class).as(key)
				.isThrownBy(() -> storage.store(key, new ByteArrayInputStream(new byte[] { 1 })));
		}
		storage.store("2026/11/ok-1a2b.jpg", new ByteArrayInputStream(new byte[] { 1, 2 }));
		assertThat(storage.load("2026/11/ok-1a2b.jpg")).isPresent();
		assertThat(Files.readString(this.directory.resolve("secret.txt"))).isEqualTo("not for the web");
	}

}
