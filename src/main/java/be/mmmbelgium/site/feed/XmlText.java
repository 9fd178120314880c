package be.mmmbelgium.site.feed;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;

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
		StringBuilder escaped = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
					&& Character.isLowSurrogate(text.charAt(i + 1));
			String replacement = replacement(c, pair);
			if (replacement != null && escaped == null) {
				// Most text needs nothing: it is copied only from its first character
				// that
				// does.
				escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
			}
			if (escaped != null) {
				if (replacement != null) {
					escaped.append(replacement);
				}
				else {
					escaped.append(c);
					if (pair) {
						escaped.append(text.charAt(i + 1));
					}
				}
			}
			if (pair) {
				i++;
			}
		}
		return (escaped != null) ? escaped.toString() : text;
	}

	/** What a character becomes: null when it stays, empty when XML 1.0 forbids it. */
	private static @Nullable String replacement(char c, boolean pair) {
		return switch (c) {
			case '&' -> "&amp;";
			case '<' -> "&lt;";
			case '>' -> "&gt;";
			case '"' -> "&quot;";
			case '\'' -> "&#39;";
			default -> (pair || (c >= 0x20 && c <= 0xD7FF) || c == '\t' || c == '\n' || c == '\r'
					|| (c >= 0xE000 && c <= 0xFFFD)) ? null : "";
		};
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
