package be.mmmbelgium.site.seo;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

import org.jspecify.annotations.Nullable;

import be.mmmbelgium.site.web.Language;

/**
 * One address of the sitemap.
 *
 * @param language its language
 * @param path its path, such as {@code /fr/actualites/lancement}
 * @param lastModified when its content last changed; null when unknown
 * @param alternates the path of each language version, its own included
 */
public record SitemapEntry(Language language, String path, @Nullable Instant lastModified,
		Map<Language, String> alternates) {

	/**
	 * The entries of published items, each naming its translations among the same rows.
	 * @param path the public path of a row's language and slug
	 */
	public static List<SitemapEntry> of(List<PublishedRow> rows, BiFunction<Language, String, String> path) {
		Map<UUID, Map<Language, String>> groups = new HashMap<>();
		for (PublishedRow row : rows) {
			groups.computeIfAbsent(row.translationGroup(), (group) -> new EnumMap<>(Language.class))
				.put(row.language(), path.apply(row.language(), row.slug()));
		}
		return rows.stream()
			.map((row) -> new SitemapEntry(row.language(), path.apply(row.language(), row.slug()), row.updatedAt(),
					groups.getOrDefault(row.translationGroup(), Map.of())))
			.toList();
	}

}
