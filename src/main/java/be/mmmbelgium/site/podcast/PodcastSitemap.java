package be.mmmbelgium.site.podcast;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import be.mmmbelgium.site.seo.SitemapEntry;
import be.mmmbelgium.site.seo.SitemapSource;
import be.mmmbelgium.site.web.SitePaths;

/**
 * The visible podcast series and episodes, for the sitemap.
 */
@Component
class PodcastSitemap implements SitemapSource {

	private final PodcastSeriesRepository series;

	private final EpisodeRepository episodes;

	private final SitePaths paths;

	PodcastSitemap(PodcastSeriesRepository series, EpisodeRepository episodes, SitePaths paths) {
		this.series = series;
		this.episodes = episodes;
		this.paths = paths;
	}

	@Override
	@Transactional(readOnly = true)
	public List<SitemapEntry> entries(Instant now) {
		List<SitemapEntry> entries = new ArrayList<>(
				SitemapEntry.of(this.series.findVisibleRows(now), this.paths::series));
		// An episode's row carries "series/episode" as its slug: its path is under its
		// series'.
		entries.addAll(SitemapEntry.of(this.episodes.findVisibleRows(now),
				(language, seriesAndEpisode) -> this.paths.podcasts(language) + "/" + seriesAndEpisode));
		return entries;
	}

}
