package be.mmmbelgium.site.seo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import be.mmmbelgium.site.web.Language;
import be.mmmbelgium.site.web.SitePaths;

/**
 * The home page and the sections of each language, for the sitemap.
 */
@Component
class SectionsSitemap implements SitemapSource {

	private final SitePaths paths;

	SectionsSitemap(SitePaths paths) {
		this.paths = paths;
	}

	@Override
	public List<SitemapEntry> entries(Instant now) {
		List<SitemapEntry> entries = new ArrayList<>();
		for (Function<Language, String> section : List.<Function<Language, String>>of(this.paths::home,
				this.paths::news, this.paths::podcasts)) {
			Map<Language, String> alternates = new EnumMap<>(Language.class);
			for (Language language : Language.values()) {
				alternates.put(language, section.apply(language));
			}
			alternates.forEach((language, path) -> entries.add(new SitemapEntry(language, path, null, alternates)));
		}
		return entries;
	}

}
