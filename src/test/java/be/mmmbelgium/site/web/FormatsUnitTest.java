package be.mmmbelgium.site.web;

import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsUnitTest {

	final Formats formats = new Formats();

	@AfterEach
	void forgetTheLanguage() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void datesAreShownInBrusselsTimeInTheVisitorsLanguage() {
		Instant lateOnNewYearsEve = Instant.parse("2025-12-31T23:30:00Z");

		LocaleContextHolder.setLocale(Locale.FRENCH);
		assertThat(this.formats.longDate(lateOnNewYearsEve)).isEqualTo("1 janvier 2026");
		LocaleContextHolder.setLocale(Locale.forLanguageTag("nl"));
		assertThat(this.formats.longDate(lateOnNewYearsEve)).isEqualTo("1 januari 2026");
		assertThat(this.formats.iso(lateOnNewYearsEve)).isEqualTo("2026-01-01T00:30:00+01:00");
		assertThat(this.formats.iso(lateOnNewYearsEve.plusNanos(123_456_789))).isEqualTo("2026-01-01T00:30:00+01:00");
	}

	@Test
	void durationsReadLikeAPlayersClock() {
		assertThat(this.formats.duration(42)).isEqualTo("0:42");
		assertThat(this.formats.duration(2537)).isEqualTo("42:17");
		assertThat(this.formats.duration(3723)).isEqualTo("1:02:03");
		assertThat(this.formats.isoDuration(2537)).isEqualTo("PT42M17S");
	}

	@Test
	void sizesUseTheUnitsOfTheVisitorsLanguage() {
		LocaleContextHolder.setLocale(Locale.FRENCH);
		assertThat(this.formats.size(295_264L)).isEqualTo("295\u00a0ko");
		assertThat(this.formats.size(1_300_000L)).isEqualTo("1,3\u00a0Mo");
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.formats.size(512L)).isEqualTo("512\u00a0B");
		assertThat(this.formats.size(1_300_000L)).isEqualTo("1.3\u00a0MB");
	}

}
