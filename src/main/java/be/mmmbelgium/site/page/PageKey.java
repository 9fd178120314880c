package be.mmmbelgium.site.page;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The pages the site itself links to, whatever their slugs in each language.
 */
public enum PageKey {

	ABOUT, MISSION, CHARTER, STATUTES, INTERNATIONAL, THEMES, ECONOMY, HEALTH, PEACE, CONTACT, PRIVACY;

	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The key a page's row names by its {@link #id()}, if it names one. */
	public static Optional<PageKey> fromId(@Nullable String id) {
		return Arrays.stream(values()).filter((key) -> key.id().equals(id)).findFirst();
	}

}
