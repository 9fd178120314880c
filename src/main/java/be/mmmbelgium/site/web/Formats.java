package be.mmmbelgium.site.web;

import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import be.mmmbelgium.site.system.SiteTime;

/**
 * Formats dates, durations and file sizes for templates
 * ({@code formats.longDate(post.publishedAt)}), in Brussels time and in the visitor's
 * language.
 */
@Component
public class Formats {

	public String longDate(Instant instant) {
		return format(instant, DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG));
	}

	/** A date and time, to the minute, as the audit log shows them. */
	public String dateTime(Instant instant) {
		return format(instant, DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT));
	}

	/** The machine-readable form for {@code <time datetime>}. */
	public String iso(@Nullable Instant instant) {
		return instant == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME
			.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(SiteTime.ZONE));
	}

	/**
	 * The value of a {@code datetime-local} input: the instant in Brussels, to the
	 * minute.
	 */
	public String dateTimeInput(@Nullable Instant instant) {
		return instant == null ? ""
				: DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").format(instant.atZone(SiteTime.ZONE));
	}

	/** A duration in seconds as {@code 42:05} or {@code 1:02:03}. */
	public String duration(@Nullable Integer seconds) {
		if (seconds == null) {
			return "";
		}
		int hours = seconds / 3600;
		int minutes = (seconds % 3600) / 60;
		int rest = seconds % 60;
		return hours > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, rest)
				: String.format(Locale.ROOT, "%d:%02d", minutes, rest);
	}

	/** A duration in seconds for {@code <time datetime>}, in ISO 8601. */
	public String isoDuration(@Nullable Integer seconds) {
		return seconds == null ? "" : Duration.ofSeconds(seconds).toString();
	}

	/**
	 * A file size for people, in the visitor's language: {@code 420 kB}, {@code 1,3 MB}.
	 */
	public String size(@Nullable Long bytes) {
		if (bytes == null) {
			return "";
		}
		Locale locale = LocaleContextHolder.getLocale();
		// French writes octets: ko, Mo.
		String[] units = "fr".equals(locale.getLanguage()) ? new String[] { "o", "ko", "Mo", "Go" }
				: new String[] { "B", "kB", "MB", "GB" };
		double value = bytes;
		int unit = 0;
		while (value >= 1000 && unit < units.length - 1) {
			value /= 1000;
			unit++;
		}
		NumberFormat number = NumberFormat.getNumberInstance(locale);
		number.setMaximumFractionDigits(unit == 0 || value >= 10 ? 0 : 1);
		return number.format(value) + "\u00a0" + units[unit];
	}

	private String format(Instant instant, DateTimeFormatter formatter) {
		return instant == null ? ""
				: formatter.withLocale(LocaleContextHolder.getLocale()).format(instant.atZone(SiteTime.ZONE));
	}

}
