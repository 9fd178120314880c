package be.mmmbelgium.site.system;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.springframework.web.util.HtmlUtils;

/**
 * What the XML documents the site writes (sitemaps, feeds) need: text escaped for XML, and
 * instants in the form those formats expect.
 */
public final class XmlText {

	private XmlText() {
	}

	/** Text safe inside an XML element or attribute. */
	public static String escape(String text) {
		return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
	}

	/** An instant in UTC to the second, as {@code 2026-11-27T14:00:00Z}. */
	public static String instant(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
	}

}
