package be.mmmbelgium.site.wordpress;

import java.util.Map;

/**
 * What a WordPress export says of its site before its items: where the site was, who
 * wrote, and the terms it defines.
 *
 * @param title the site's name
 * @param siteUrl {@code wp:base_site_url}, where WordPress itself is
 * @param blogUrl {@code wp:base_blog_url}, the public address (usually the same)
 * @param version the WXR version ({@code wp:wxr_version})
 * @param authors the authors by login
 * @param termDescriptions the descriptions of terms by taxonomy and slug, which is where
 * Polylang keeps the members of each group of translations
 * @param termIds the ids of terms by taxonomy and slug, which Polylang's groups of
 * translated terms name
 */
record WxrSite(String title, String siteUrl, String blogUrl, String version, Map<String, Author> authors,
		Map<String, Map<String, String>> termDescriptions, Map<String, Map<String, Long>> termIds) {

	/** A {@code wp:author}. */
	record Author(String login, String email, String displayName) {
	}

}
