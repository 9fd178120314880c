package be.mmmbelgium.site.redirect;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every way of writing an old address comes down to the one form the table keeps.
 */
class OldPathUnitTest {

	@Test
	void theTrailingSlashAndCapitalsMakeNoDifference() {
		assertThat(OldPath.normalise("/nl/Wie-Zijn-Wi/Mission-Vision/")).contains("/nl/wie-zijn-wi/mission-vision");
		assertThat(OldPath.normalise("/conge-de-maternite//")).contains("/conge-de-maternite");
		assertThat(OldPath.normalise("/conge-de-maternite")).contains("/conge-de-maternite");
	}

	@Test
	void percentEscapesAreDecoded() {
		assertThat(OldPath.normalise("/f%C3%AAte-des-m%C3%A8res/")).contains("/fête-des-mères");
		assertThat(OldPath.normalise("/Fête-des-mères")).contains("/fête-des-mères");
	}

	@Test
	void theRootStaysTheRoot() {
		assertThat(OldPath.normalise("/")).contains("/");
		assertThat(OldPath.normalise("//")).contains("/");
	}

	@Test
	void whatCannotBeAnAddressOfTheTableIsNothing() {
		assertThat(OldPath.normalise(null)).isEmpty();
		assertThat(OldPath.normalise("conge-de-maternite")).isEmpty();
		assertThat(OldPath.normalise("/broken%zzescape")).isEmpty();
		assertThat(OldPath.normalise("/" + "a".repeat(OldPath.MAX_LENGTH))).isEmpty();
		assertThat(OldPath.normalise("/" + "a".repeat(OldPath.MAX_LENGTH - 1))).isPresent();
	}

	@Test
	void theBackOfficeIsKnownWhateverFollows() {
		assertThat(OldPath.isBackOffice("/admin")).isTrue();
		assertThat(OldPath.isBackOffice("/admin/redirects")).isTrue();
		assertThat(OldPath.isBackOffice("/administration-du-site")).isFalse();
	}

}
