package be.mmmbelgium.site.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import be.mmmbelgium.site.test.PostgresTest;
import be.mmmbelgium.site.test.S3Server;
import be.mmmbelgium.site.test.TestMedia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The site with its media in a bucket of a real S3 server (s3proxy, started by the
 * tests): uploads are stored there, served through the site with their ranges, the
 * readiness probe asks the bucket, and a directory of media is copied in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@PostgresTest
class S3MediaIntegrationTest {

	private static final String BUCKET = S3Server.newBucket();

	@DynamicPropertySource
	static void mediaInABucket(DynamicPropertyRegistry registry) {
		for (String setting : S3Server.get().settings(BUCKET)) {
			int equals = setting.indexOf('=');
			registry.add(setting.substring(0, equals), () -> setting.substring(equals + 1));
		}
	}

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Autowired
	MediaLibrary library;

	@Autowired
	MediaStorage storage;

	@Autowired
	Environment environment;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void theSiteKeepsItsMediaInTheBucketAndServesThemWithTheirRanges() throws Exception {
		assertThat(this.storage).isInstanceOf(S3MediaStorage.class);
		byte[] sound = TestMedia.mp3(3);
		MediaFile episode = TestMedia.add(this.library, "episode.mp3", sound);
		MediaFile photo = TestMedia.add(this.library, "photo.jpg", TestMedia.jpeg(1200, 800));

		assertThat(this.storage.keys()).contains(episode.getStorageKey(), photo.getStorageKey(),
				MediaFile.variantKey(photo.getStorageKey(), 480));
		HttpResponse<byte[]> whole = get("/media/" + episode.getStorageKey(), null);
		assertThat(whole.statusCode()).isEqualTo(200);
		assertThat(whole.body()).isEqualTo(sound);
		assertThat(whole.headers().firstValue("Accept-Ranges")).hasValue("bytes");

		int from = sound.length - 100;
		HttpResponse<byte[]> end = get("/media/" + episode.getStorageKey(), "bytes=" + from + "-" + (from + 9));
		assertThat(end.statusCode()).isEqualTo(206);
		assertThat(end.headers().firstValue("Content-Range"))
			.hasValue("bytes " + from + "-" + (from + 9) + "/" + sound.length);
		assertThat(end.body()).isEqualTo(Arrays.copyOfRange(sound, from, from + 10));
		assertThat(get("/media/" + episode.getStorageKey(), "bytes=" + (sound.length + 10) + "-").statusCode())
			.isEqualTo(416);

		HttpResponse<byte[]> variant = get("/media/" + MediaFile.variantKey(photo.getStorageKey(), 480), null);
		assertThat(variant.statusCode()).isEqualTo(200);
		assertThat(variant.headers().firstValue("Content-Type")).hasValue("image/jpeg");
		assertThat(get("/media/2026/01/nothing-here.jpg", null).statusCode()).isEqualTo(404);
	}

	@Test
	void theStorageRefusesBadKeysAndForgetsWhatItDeletes() throws IOException {
		this.storage.store("2026/12/note-1a2b.pdf", new ByteArrayInputStream(new byte[] { 1, 2, 3 }));
		assertThat(this.storage.load("2026/12/note-1a2b.pdf")).hasValueSatisfying((file) -> {
			try (InputStream in = file.getInputStream()) {
				assertThat(in.readAllBytes()).containsExactly(1, 2, 3);
			}
			catch (IOException ex) {
				throw new AssertionError(ex);
			}
		});

		this.storage.delete("2026/12/note-1a2b.pdf");

		assertThat(this.storage.load("2026/12/note-1a2b.pdf")).isEmpty();
		for (String key : new String[] { "../secret", "A.JPG", "a//b.jpg", "" }) {
			assertThat(this.storage.load(key)).as(key).isEmpty();
			assertThatExceptionOfType(IllegalArgumentException.class).as(key)
				.isThrownBy(() -> this.storage.store(key, new ByteArrayInputStream(new byte[] { 1 })));
		}
	}

	@Test
	void theReadinessProbeAsksTheBucketOnTheManagementPort() throws Exception {
		HttpResponse<String> ready = this.http.send(HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.managementPort + "/actuator/health/readiness"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(ready.statusCode()).isEqualTo(200);
		assertThat(ready.body()).contains("\"status\":\"UP\"");

		S3MediaStorage missing = new S3MediaStorage(MediaConfiguration.s3Client(properties()), "no-such-bucket");
		assertThatExceptionOfType(IOException.class).isThrownBy(missing::checkAvailable);
	}

	@Test
	void aDirectoryOfMediaIsCopiedIntoTheBucketOnceEvenWhenRunAgain(@TempDir Path directory) throws IOException {
		Path file = directory.resolve("2019/05/conge-parental-9f8e.jpg");
		Files.createDirectories(file.getParent());
		Files.write(file, TestMedia.jpeg(300, 200));
		Files.writeString(directory.resolve("2019/05/.upload-1.tmp"), "left over by an interrupted upload");
		MediaCopyCommand command = new MediaCopyCommand(this.storage, this.environment);
		FileSystemMediaStorage source = new FileSystemMediaStorage(directory);

		assertThat(command.copy(source, this.storage))
			.isEqualTo(new MediaCopyCommand.Copied(1, Files.size(file), 0, 0));
		assertThat(command.copy(source, this.storage)).isEqualTo(new MediaCopyCommand.Copied(0, 0, 1, 0));
		try (Stream<String> keys = this.storage.keys()) {
			assertThat(keys).contains("2019/05/conge-parental-9f8e.jpg").noneMatch((key) -> key.contains("upload"));
		}
	}

	private S3Properties properties() {
		return new S3Properties(S3Server.get().endpoint(), "us-east-1", BUCKET, S3Server.ACCESS_KEY,
				S3Server.SECRET_KEY, true, false);
	}

	private HttpResponse<byte[]> get(String path, String range) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
		if (range != null) {
			request.header("Range", range);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

}
