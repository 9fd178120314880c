package be.mmmbelgium.site.system;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;

/**
 * Time on the site: instants are stored in UTC and shown in Brussels time. The {@link Clock}
 * is a bean so that publication rules can be tested at any instant.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing(dateTimeProviderRef = "auditingDateTimeProvider")
public class SiteTime {

	public static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	DateTimeProvider auditingDateTimeProvider(Clock clock) {
		return () -> Optional.of(Instant.now(clock));
	}

	/** Formats instants for templates, in the visitor's language. */
	@Bean
	DateFormats dateFormats() {
		return new DateFormats();
	}

	public static class DateFormats {

		public String longDate(Instant instant) {
			return format(instant, DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG));
		}

		public String shortDate(Instant instant) {
			return format(instant, DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT));
		}

		/** The machine-readable form for {@code <time datetime>}. */
		public String iso(Instant instant) {
			return instant == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(ZONE));
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

		/** A duration in seconds for {@code <time datetime>}, as ISO 8601. */
		public String isoDuration(Integer seconds) {
			return seconds == null ? "" : java.time.Duration.ofSeconds(seconds).toString();
		}

		private String format(Instant instant, DateTimeFormatter formatter) {
			if (instant == null) {
				return "";
			}
			ZonedDateTime local = instant.atZone(ZONE);
			return formatter.withLocale(LocaleContextHolder.getLocale()).format(local);
		}

	}

}
