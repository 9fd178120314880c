package be.mmmbelgium.site.media;

import java.time.Clock;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import be.mmmbelgium.site.test.Builders;

import static org.assertj.core.api.Assertions.assertThat;

class MediaLibraryUnitTest {

	final MediaLibrary library = new MediaLibrary(null, null, Clock.fixed(Builders.NOW, ZoneOffset.UTC));

	@Test
	void aFileIsKeptUnderItsMonthItsReadableNameAndItsContent() {
		String key = this.library.keyFor("Photo été 2022.JPG", new byte[] { 1, 2, 3 });

		assertThat(key).matches("2026/11/photo-ete-2022-[0-9a-f]{12}\\.jpg");
		assertThat(MediaStorage.isValidKey(key)).isTrue();
	}

	@Test
	void theSameNameWithOtherContentGetsAnotherKey() {
		assertThat(this.library.keyFor("a.pdf", new byte[] { 1 })).isNotEqualTo(this.library.keyFor("a.pdf", new byte[] { 2 }));
	}

	@Test
	void aNameWithoutLettersStillGivesAValidKey() {
		String key = this.library.keyFor("../../.htaccess", new byte[] { 1 });

		assertThat(MediaStorage.isValidKey(key)).isTrue();
		assertThat(key).doesNotContain("..");
	}

}
