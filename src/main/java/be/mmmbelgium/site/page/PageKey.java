package be.mmmbelgium.site.page;

import java.util.Locale;

/**
 * The pages the site itself links to, whatever their slugs in each language.
 */
public enum PageKey {

	ABOUT, MISSION, CHARTER, STATUTES, INTERNATIONAL, THEMES, ECONOMY, HEALTH, PEACE, CONTACT, PRIVACY;

	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

}
