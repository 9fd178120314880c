package be.mmmbelgium.site.podcast;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

import be.mmmbelgium.site.system.ContentNotFoundException;
import be.mmmbelgium.site.system.Crumb;
import be.mmmbelgium.site.system.FeedLink;
import be.mmmbelgium.site.system.Language;
import be.mmmbelgium.site.system.PublicPages;
import be.mmmbelgium.site.system.LanguageVersions;
import be.mmmbelgium.site.system.Redirects;
import be.mmmbelgium.site.system.SitePaths;

/**
 * The public podcast section: the series, each series with its episodes, and each episode
 * with its player, show notes and transcript.
 */
@Controller
@PublicPages
class PodcastController {

	static final String LIST_VIEW = "podcast/list";

	static final String SERIES_VIEW = "podcast/series";

	static final String EPISODE_VIEW = "podcast/episode";

	static final String TRANSCRIPT_VIEW = "podcast/transcript";

	private final PublishedPodcasts podcasts;

	private final SitePaths paths;

	PodcastController(PublishedPodcasts podcasts, SitePaths paths) {
		this.podcasts = podcasts;
		this.paths = paths;
	}

	@GetMapping(SitePaths.LANGUAGE + SitePaths.PODCASTS)
	ModelAndView list(Language language) {
		List<PublishedPodcasts.SeriesView> overview = this.podcasts.overview(language);
		return new ModelAndView(LIST_VIEW).addObject("overview", overview)
			.addObject("otherSeries",
					overview.isEmpty() ? this.podcasts.seriesInOtherLanguages(language) : List.<PodcastSeries>of())
			.addObject(LanguageVersions.MODEL_ATTRIBUTE, LanguageVersions.everywhere(language, this.paths::podcasts));
	}

	@GetMapping(SitePaths.LANGUAGE + SitePaths.PODCASTS + "/{seriesSlug}")
	ModelAndView series(Language language, @PathVariable String seriesSlug) {
		return findSeries(language, seriesSlug)
			.map((view) -> new ModelAndView(SERIES_VIEW).addObject("view", view)
				.addObject("series", view.series())
				.addObject("breadcrumbs", List.of(sectionCrumb(language)))
				.addObject("feedPath", this.paths.podcastFeed(language, seriesSlug))
				.addObject(FeedLink.MODEL_ATTRIBUTE, List.of(feedLink(view.series())))
				.addObject(LanguageVersions.MODEL_ATTRIBUTE,
						LanguageVersions.of(language, view.translations(), this.paths::podcasts)))
			.or(() -> this.podcasts.findMovedSeriesPath(language, seriesSlug).map(Redirects::permanent))
			.orElseThrow(() -> new ContentNotFoundException("Podcast series"));
	}

	@GetMapping(SitePaths.LANGUAGE + SitePaths.PODCASTS + "/{seriesSlug}/{episodeSlug}")
	ModelAndView episode(Language language, @PathVariable String seriesSlug, @PathVariable String episodeSlug) {
		PublishedPodcasts.SeriesView series = findSeries(language, seriesSlug).orElse(null);
		if (series == null) {
			if (!SitePaths.isSlug(episodeSlug)) {
				throw new ContentNotFoundException("Episode");
			}
			return this.podcasts.findMovedSeriesPath(language, seriesSlug)
				.map((path) -> Redirects.permanent(path + "/" + episodeSlug))
				.orElseThrow(() -> new ContentNotFoundException("Podcast series"));
		}
		if (!SitePaths.isSlug(episodeSlug)) {
			throw new ContentNotFoundException("Episode");
		}
		return this.podcasts.findEpisode(series.series(), episodeSlug)
			.map((view) -> new ModelAndView(EPISODE_VIEW).addObject("view", view)
				.addObject("episode", view.episode())
				.addObject("series", series.series())
				.addObject(FeedLink.MODEL_ATTRIBUTE, List.of(feedLink(series.series())))
				.addObject("breadcrumbs", List.of(sectionCrumb(language), Crumb.text(series.series().getTitle(),
						this.paths.series(language, series.series().getSlug()))))
				.addObject(LanguageVersions.MODEL_ATTRIBUTE, LanguageVersions.of(language, view.translations(),
						(other) -> series.translations().getOrDefault(other, this.paths.podcasts(other)))))
			.or(() -> this.podcasts.findMovedEpisodePath(series.series(), episodeSlug).map(Redirects::permanent))
			.orElseThrow(() -> new ContentNotFoundException("Episode"));
	}

	/** An episode's transcript alone, the document the podcast feed's transcript tag names. */
	@GetMapping(SitePaths.LANGUAGE + SitePaths.PODCASTS + "/{seriesSlug}/{episodeSlug}" + SitePaths.TRANSCRIPT)
	ModelAndView transcript(Language language, @PathVariable String seriesSlug, @PathVariable String episodeSlug) {
		PublishedPodcasts.SeriesView series = findSeries(language, seriesSlug)
			.orElseThrow(() -> new ContentNotFoundException("Podcast series"));
		return (SitePaths.isSlug(episodeSlug) ? this.podcasts.findEpisode(series.series(), episodeSlug)
				: Optional.<PublishedPodcasts.EpisodeView>empty())
			.filter((view) -> !view.episode().getTranscript().isEmpty())
			.map((view) -> new ModelAndView(TRANSCRIPT_VIEW).addObject("episode", view.episode())
				.addObject("series", series.series()))
			.orElseThrow(() -> new ContentNotFoundException("Transcript"));
	}

	private FeedLink feedLink(PodcastSeries series) {
		return FeedLink.rss(series.getTitle() + " (RSS)", this.paths.podcastFeed(series.getLanguage(), series.getSlug()));
	}

	private Crumb sectionCrumb(Language language) {
		return Crumb.message("podcast.title", this.paths.podcasts(language));
	}

	private Optional<PublishedPodcasts.SeriesView> findSeries(Language language, String slug) {
		return SitePaths.isSlug(slug) ? this.podcasts.findSeries(language, slug) : Optional.empty();
	}

}
