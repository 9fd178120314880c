package be.mmmbelgium.site.wordpress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class OldSiteFilesUnitTest {

	@Test
	void aSiteThatDoesNotAnswerIsNamedInTheReason() throws IOException {
		int closed;
		try (ServerSocket socket = new ServerSocket(0)) {
			closed = socket.getLocalPort();
		}
		OldSiteFiles files = new OldSiteFiles("http://127.0.0.1:" + closed, null);

		assertThatExceptionOfType(UncheckedIOException.class).isThrownBy(() -> files.open("2019/05/photo.jpg"))
			.withMessageContaining("http://127.0.0.1:" + closed + "/wp-content/uploads/2019/05/photo.jpg")
			.withMessageContaining("could not be reached (ConnectException)");
	}

	@Test
	void aFolderCopyGivesItsFilesAndNothingOutsideIt(@TempDir Path uploads) throws IOException {
		Files.createDirectories(uploads.resolve("2019/05"));
		Files.writeString(uploads.resolve("2019/05/note.txt"), "kept");
		OldSiteFiles files = new OldSiteFiles("https://old.example", uploads.toString());

		try (var in = files.open("2019/05/note.txt")) {
			assertThat(new String(in.readAllBytes())).isEqualTo("kept");
		}
		assertThatExceptionOfType(UncheckedIOException.class).isThrownBy(() -> files.open("../outside.txt"))
			.withMessageContaining("not in the uploads folder");
	}

}
