package be.mmmbelgium.site.system;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Turns what someone typed in a back-office search box into a SQL {@code like} pattern
 * (escape character {@code \}) that finds it anywhere, in lower case, with {@code %} and
 * {@code _} taken literally.
 */
public final class LikePattern {

	private LikePattern() {
	}

	/** The pattern, or null when nothing was typed, so the query ignores it. */
	public static @Nullable String containing(@Nullable String search) {
		if (search == null || search.isBlank()) {
			return null;
		}
		String literal = search.strip()
			.toLowerCase(Locale.ROOT)
			.replace("\\", "\\\\")
			.replace("%", "\\%")
			.replace("_", "\\_");
		return "%" + literal + "%";
	}

}
