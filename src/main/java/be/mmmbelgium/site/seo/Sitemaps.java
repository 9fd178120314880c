package be.mmmbelgium.site.seo;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import be.mmmbelgium.site.web.Language;

/**
 * Gathers the visible addresses of every feature, by language, in sitemaps of at most
 * {@value #MAX_URLS} addresses each, as the protocol allows.
 */
@Service
class Sitemaps {

	/** The most addresses one sitemap file may hold. */
	static final int MAX_URLS = 50_000;

	private final Collection<SitemapSource> sources;

	private final Clock clock;

	Sitemaps(Collection<SitemapSource> sources, Clock clock) {
		this.sources = sources;
		this.clock = clock;
	}

	/**
	 * The addresses of every language, each in a stable order, read once from every
	 * source.
	 */
	Map<Language, List<SitemapEntry>> entriesByLanguage() {
		Instant now = Instant.now(this.clock);
		Map<Language, List<SitemapEntry>> byLanguage = new EnumMap<>(Language.class);
		for (Language language : Language.values()) {
			byLanguage.put(language, new ArrayList<>());
		}
		this.sources.forEach((source) -> source.entries(now)
			.forEach((entry) -> byLanguage.computeIfAbsent(entry.language(), (language) -> new ArrayList<>())
				.add(entry)));
		byLanguage.values().forEach((entries) -> entries.sort(Comparator.comparing(SitemapEntry::path)));
		return byLanguage;
	}

	/** One sitemap of a language, counted from 1; empty past the last. */
	static List<SitemapEntry> part(int number, List<SitemapEntry> all) {
		int from = (number - 1) * MAX_URLS;
		return from >= all.size() || number < 1 ? List.of() : all.subList(from, Math.min(all.size(), from + MAX_URLS));
	}

	static int parts(int size) {
		return Math.max(1, (size + MAX_URLS - 1) / MAX_URLS);
	}

}
