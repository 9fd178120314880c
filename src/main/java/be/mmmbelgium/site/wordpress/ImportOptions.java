package be.mmmbelgium.site.wordpress;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import be.mmmbelgium.site.web.Language;

/**
 * How an export is imported.
 *
 * @param defaultLanguage the language of items that name none (an export without Polylang
 * or WPML)
 * @param uploads a copy of the old site's {@code wp-content/uploads}: a folder, or the
 * address where it is served; null to fetch the files from the old site itself
 * @param ignoredCategories the slugs of categories that become no subject (WordPress's
 * default category, "Uncategorized", by default)
 */
public record ImportOptions(Language defaultLanguage, @Nullable String uploads, Set<String> ignoredCategories) {

	/** WordPress's default category, in the languages of the site. */
	public static final Set<String> DEFAULT_IGNORED = Set.of("uncategorized", "non-classe", "geen-categorie",
			"niet-gecategoriseerd");

	public static ImportOptions defaults() {
		return new ImportOptions(Language.DEFAULT, null, DEFAULT_IGNORED);
	}

	/** The slugs of a list typed with commas ("uncategorized, divers"), in lower case. */
	static Set<String> slugs(String typed) {
		return Arrays.stream(typed.split(","))
			.map((slug) -> slug.strip().toLowerCase(Locale.ROOT))
			.filter((slug) -> !slug.isEmpty())
			.collect(Collectors.toUnmodifiableSet());
	}

}
