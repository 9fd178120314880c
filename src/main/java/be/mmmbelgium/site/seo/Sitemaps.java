package be.mmmbelgium.site.seo;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;

import be.mmmbelgium.site.system.Language;

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

	/** The addresses of a language, in a stable order. */
	List<SitemapEntry> entries(Language language) {
		Instant now = Instant.now(this.clock);
		return this.sources.stream()
			.flatMap((source) -> source.entries(now).stream())
			.filter((entry) -> entry.language() == language)
			.sorted(Comparator.comparing(SitemapEntry::path))
			.toList();
	}

	/** One sitemap of a language, counted from 1; empty past the last. */
	List<SitemapEntry> part(Language language, int number, List<SitemapEntry> all) {
		int from = (number - 1) * MAX_URLS;
		return from >= all.size() || number < 1 ? List.of() : all.subList(from, Math.min(all.size(), from + MAX_URLS));
	}

	static int parts(int size) {
		return Math.max(1, (size + MAX_URLS - 1) / MAX_URLS);
	}

}
