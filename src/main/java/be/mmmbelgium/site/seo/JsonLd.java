package be.mmmbelgium.site.seo;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import be.mmmbelgium.site.feed.XmlText;

/**
 * A schema.org object for a page's JSON-LD, built a property at a time: a property
 * without a value is left out, so that no object claims what the site does not know.
 */
public final class JsonLd {

	private final Map<String, Object> properties = new LinkedHashMap<>();

	private JsonLd(String type, boolean topLevel) {
		if (topLevel) {
			this.properties.put("@context", "https://schema.org");
		}
		this.properties.put("@type", type);
	}

	/** A top-level object, with the schema.org context. */
	public static JsonLd thing(String type) {
		return new JsonLd(type, true);
	}

	/** An object inside another. */
	public static JsonLd nested(String type) {
		return new JsonLd(type, false);
	}

	public JsonLd put(String name, @Nullable Object value) {
		if (value instanceof String text && text.isBlank()) {
			return this;
		}
		if (value instanceof JsonLd object) {
			this.properties.put(name, object.toMap());
		}
		else if (value instanceof Instant instant) {
			this.properties.put(name, XmlText.instant(instant));
		}
		else if (value instanceof List<?> list && !list.isEmpty()) {
			this.properties.put(name,
					list.stream().map((item) -> item instanceof JsonLd object ? object.toMap() : item).toList());
		}
		else if (value != null && !(value instanceof List<?>)) {
			this.properties.put(name, value);
		}
		return this;
	}

	public Map<String, Object> toMap() {
		return new LinkedHashMap<>(this.properties);
	}

}
