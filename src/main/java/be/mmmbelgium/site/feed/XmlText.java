package be.mmmbelgium.site.feed;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.springframework.web.util.HtmlUtils;

/**
 * What the XML documents the site writes (sitemaps, feeds) need: text escaped for XML,
 * and instants in the form those formats expect.
 */
public final class XmlText {

	private XmlText() {
	}

	/**
	 * Text safe inside an XML element or attribute: markup characters escaped, and the
	 * characters XML 1.0 forbids (control characters, lone surrogates) left out, so that
	 * whatever someone typed cannot make a feed unreadable.
	 */
	public static String escape(String text) {
		return HtmlUtils.htmlEscape(allowedCharacters(text), StandardCharsets.UTF_8.name());
	}

	private static String allowedCharacters(String text) {
		StringBuilder allowed = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
					&& Character.isLowSurrogate(text.charAt(i + 1));
			boolean keep = pair || (c >= 0x20 && c <= 0xD7FF) || c == '\t' || c == '\n' || c == '\r'
					|| (c >= 0xE000 && c <= 0xFFFD);
			if (!keep && allowed == null) {
				allowed = new StringBuilder(text.length()).append(text, 0, i);
			}
			if (allowed != null && keep) {
				allowed.append(c);
				if (pair) {
					allowed.append(text.charAt(i + 1));
				}
			}
			if (pair) {
				i++;
			}
		}
		return allowed == null ? text : allowed.toString();
	}

	/** An instant in UTC to the second, as {@code 2026-11-27T14:00:00Z}. */
	public static String instant(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
	}

	/**
	 * An instant as RSS 2.0 dates are written (RFC 822), as
	 * {@code Fri, 27 Nov 2026 14:00:00 GMT}.
	 */
	public static String rfc822(Instant instant) {
		return DateTimeFormatter.RFC_1123_DATE_TIME
			.format(instant.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
	}

}
