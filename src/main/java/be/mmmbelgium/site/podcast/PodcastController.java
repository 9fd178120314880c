package be.mmmbelgium.site.podcast;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

import be.mmmbelgium.site.feed.FeedLink;
import be.mmmbelgium.site.page.Previews;
import be.mmmbelgium.site.seo.JsonLd;
import be.mmmbelgium.site.seo.PageMetadata;
import be.mmmbelgium.site.seo.ShareImage;
import be.mmmbelgium.site.seo.StructuredData;
import be.mmmbelgium.site.system.SiteProperties;
import be.mmmbelgium.site.web.ContentNotFoundException;
import be.mmmbelgium.site.web.Crumb;
import be.mmmbelgium.site.web.Language;
import be.mmmbelgium.site.web.LanguageVersions;
import be.mmmbelgium.site.web.PublicPages;
import be.mmmbelgium.site.web.Redirects;
import be.mmmbelgium.site.web.SitePaths;

/**
 * The public podcast section: the series, each series with its episodes, and each episode
 * with its player, show notes and transcript, which the back-office previews with the
 * same model.
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

	private final StructuredData structuredData;

	private final SiteProperties site;

	private final EpisodeEditor editor;

	private final Previews previews;

	PodcastController(PublishedPodcasts podcasts, SitePaths paths, StructuredData structuredData, SiteProperties site,
			EpisodeEditor editor, Previews previews) {
		this.editor = editor;
		this.previews = previews;
		this.podcasts = podcasts;
		this.paths = paths;
		this.structuredData = structuredData;
		this.site = site;
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
				.addObject(PageMetadata.MODEL_ATTRIBUTE, metadata(view.series()))
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
			.map((view) -> episodeView(view, series.series(), series.translations()))
			.or(() -> this.podcasts.findMovedEpisodePath(series.series(), episodeSlug).map(Redirects::permanent))
			.orElseThrow(() -> new ContentNotFoundException("Episode"));
	}

	/**
	 * An episode in the back-office exactly as its public page will show it, before it is
	 * published, with the changes prepared for it; under {@code /admin}, for those signed
	 * in.
	 */
	@GetMapping(EpisodeAdminController.PATH + "/{id}/preview")
	ModelAndView preview(@PathVariable long id, HttpServletRequest request, HttpServletResponse response) {
		PublishedPodcasts.EpisodeView view = this.podcasts.preview(this.editor.withPendingChange(id));
		return this.previews.of(episodeView(view, view.episode().getSeries(), Map.of()), view.episode().getLanguage(),
				EpisodeAdminController.PATH + "/" + id, request, response);
	}

	/**
	 * The model of an episode's page, for a visitor and for a preview alike.
	 * @param series its series, loaded with its cover
	 * @param seriesTranslations where its series is in other languages, for a language
	 * without the episode
	 */
	private ModelAndView episodeView(PublishedPodcasts.EpisodeView view, PodcastSeries series,
			Map<Language, String> seriesTranslations) {
		Episode episode = view.episode();
		Language language = episode.getLanguage();
		return new ModelAndView(EPISODE_VIEW).addObject("view", view)
			.addObject("episode", episode)
			.addObject("series", series)
			.addObject(FeedLink.MODEL_ATTRIBUTE, List.of(feedLink(series)))
			.addObject(PageMetadata.MODEL_ATTRIBUTE, metadata(episode, series))
			.addObject("breadcrumbs",
					List.of(sectionCrumb(language),
							Crumb.text(series.getTitle(), this.paths.series(language, series.getSlug()))))
			.addObject(LanguageVersions.MODEL_ATTRIBUTE,
					LanguageVersions.of(language, this.paths.episode(language, series.getSlug(), episode.getSlug()),
							view.translations(),
							(other) -> seriesTranslations.getOrDefault(other, this.paths.podcasts(other))));
	}

	/**
	 * An episode's transcript alone, the document the podcast feed's transcript tag
	 * names.
	 */
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

	/** A series as a podcast, for search engines and link previews. */
	private PageMetadata metadata(PodcastSeries series) {
		ShareImage image = ShareImage.of(series.getCover(), "", this.paths);
		PageMetadata metadata = PageMetadata.page(series.getTitle())
			.describedBy(series.getSummary(), series.getDescription().getHtml())
			.illustratedBy(image);
		return metadata
			.with(seriesData(JsonLd.thing("PodcastSeries"), series).put("description", metadata.description())
				.put("image", image == null ? null : this.site.absolute(image.path()))
				.put("inLanguage", series.getAudioLanguage().code())
				.put("author", this.structuredData.publisher())
				.put("publisher", this.structuredData.publisher())
				.put("webFeed", this.site.absolute(this.paths.podcastFeed(series.getLanguage(), series.getSlug()))));
	}

	/**
	 * An episode as a podcast episode of its series (loaded with its cover), with its
	 * audio.
	 */
	private PageMetadata metadata(Episode episode, PodcastSeries series) {
		ShareImage image = ShareImage.of(series.getCover(), "", this.paths);
		PageMetadata metadata = PageMetadata
			.article(episode.getTitle(), episode.getPublishedAt(), episode.getUpdatedAt())
			.describedBy(episode.getExcerpt(), episode.getShowNotes().getHtml())
			.illustratedBy(image);
		String audio = episode.getAudioFile() != null
				? this.site.absolute(this.paths.media(episode.getAudioFile().getStorageKey())) : episode.getAudioUrl();
		return metadata.with(JsonLd.thing("PodcastEpisode")
			.put("name", episode.getTitle())
			.put("url",
					this.site.absolute(this.paths.episode(series.getLanguage(), series.getSlug(), episode.getSlug())))
			.put("description", metadata.description())
			.put("datePublished", episode.getPublishedAt())
			.put("episodeNumber", episode.getNumber() > 0 ? episode.getNumber() : null)
			.put("inLanguage", series.getAudioLanguage().code())
			.put("duration",
					episode.getDurationSeconds() == null ? null
							: Duration.ofSeconds(episode.getDurationSeconds()).toString())
			.put("image", image == null ? null : this.site.absolute(image.path()))
			.put("partOfSeries", seriesData(JsonLd.nested("PodcastSeries"), series))
			.put("partOfSeason",
					episode.getSeason() == null ? null
							: JsonLd.nested("PodcastSeason").put("seasonNumber", episode.getSeason()))
			.put("associatedMedia", audio == null ? null : JsonLd.nested("AudioObject")
				.put("contentUrl", audio)
				.put("encodingFormat", episode.getAudioMediaType())
				.put("contentSize",
						episode.getAudioByteLength() == null ? null : String.valueOf(episode.getAudioByteLength()))));
	}

	private JsonLd seriesData(JsonLd data, PodcastSeries series) {
		return data.put("name", series.getTitle())
			.put("url", this.site.absolute(this.paths.series(series.getLanguage(), series.getSlug())));
	}

	private FeedLink feedLink(PodcastSeries series) {
		return FeedLink.rss(series.getTitle() + " (RSS)",
				this.paths.podcastFeed(series.getLanguage(), series.getSlug()));
	}

	private Crumb sectionCrumb(Language language) {
		return Crumb.message("podcast.title", this.paths.podcasts(language));
	}

	private Optional<PublishedPodcasts.SeriesView> findSeries(Language language, String slug) {
		return SitePaths.isSlug(slug) ? this.podcasts.findSeries(language, slug) : Optional.empty();
	}

}
