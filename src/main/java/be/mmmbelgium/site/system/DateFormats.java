package be.mmmbelgium.site.system;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formats instants and durations for templates ({@code dates.longDate(post.publishedAt)}),
 * in Brussels time and in the visitor's language.
 */
@Component
public class DateFormats {

	public String longDate(Instant instant) {
		return format(instant, DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG));
	}

	/** The machine-readable form for {@code <time datetime>}. */
	public String iso(Instant instant) {
		return instant == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(SiteTime.ZONE));
	}

	/** A duration in seconds as {@code 42:05} or {@code 1:02:03}. */
	public String duration(Integer seconds) {
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
	public String isoDuration(Integer seconds) {
		return seconds == null ? "" : Duration.ofSeconds(seconds).toString();
	}

	private String format(Instant instant, DateTimeFormatter formatter) {
		return instant == null ? ""
				: formatter.withLocale(LocaleContextHolder.getLocale()).format(instant.atZone(SiteTime.ZONE));
	}

}
