package be.mmmbelgium.site.podcast;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.mmmbelgium.site.content.Translations;
import be.mmmbelgium.site.web.Language;
import be.mmmbelgium.site.web.SitePaths;

/**
 * The podcasts visitors may see now: published series, and their published episodes whose
 * publication instant has come.
 */
@Service
@Transactional(readOnly = true)
public class PublishedPodcasts {

	private final PodcastSeriesRepository series;

	private final EpisodeRepository episodes;

	private final SitePaths paths;

	private final Clock clock;

	PublishedPodcasts(PodcastSeriesRepository series, EpisodeRepository episodes, SitePaths paths, Clock clock) {
		this.series = series;
		this.episodes = episodes;
		this.paths = paths;
		this.clock = clock;
	}

	/**
	 * The series presented in a language, each with its visible episodes, the newest
	 * first.
	 */
	public List<SeriesView> overview(Language language) {
		Instant now = now();
		return this.series.findVisible(language, now)
			.stream()
			.map((found) -> new SeriesView(found, this.episodes.findVisible(found, now), Map.of()))
			.toList();
	}

	/**
	 * The series presented in the other languages, for a language that has none of its
	 * own.
	 */
	public List<PodcastSeries> seriesInOtherLanguages(Language language) {
		return Arrays.stream(Language.values())
			.filter((other) -> other != language)
			.flatMap((other) -> this.series.findVisible(other, now()).stream())
			.toList();
	}

	public Optional<Episode> latestEpisode(Language language) {
		return this.episodes.findLatestVisible(language, now(), Limit.of(1)).stream().findFirst();
	}

	public Optional<SeriesView> findSeries(Language language, String slug) {
		Instant now = now();
		return this.series.findVisible(language, slug, now)
			.map((found) -> new SeriesView(found, this.episodes.findVisible(found, now), Translations
				.paths(this.series.findVisibleTranslations(found.getTranslationGroup(), now), this.paths::series)));
	}

	public Optional<String> findMovedSeriesPath(Language language, String oldSlug) {
		return this.series.findVisibleByOldSlug(language, oldSlug, now(), Limit.of(1))
			.stream()
			.findFirst()
			.map((found) -> this.paths.series(language, found.getSlug()));
	}

	/** An episode as its page will show it once published, whatever its state now. */
	public EpisodeView preview(Episode episode) {
		return new EpisodeView(episode, Map.of());
	}

	public Optional<EpisodeView> findEpisode(PodcastSeries inSeries, String slug) {
		Instant now = now();
		return this.episodes.findVisible(inSeries, slug, now)
			.map((episode) -> new EpisodeView(episode,
					Translations.paths(this.episodes.findVisibleTranslations(episode.getTranslationGroup(), now),
							EpisodeSlugs::language, (translation) -> this.paths.episode(translation.language(),
									translation.seriesSlug(), translation.slug()))));
	}

	public Optional<String> findMovedEpisodePath(PodcastSeries inSeries, String oldSlug) {
		return this.episodes.findVisibleByOldSlug(inSeries, oldSlug, now(), Limit.of(1))
			.stream()
			.findFirst()
			.map((episode) -> this.paths.episode(inSeries.getLanguage(), inSeries.getSlug(), episode.getSlug()));
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

	/**
	 * A series as its public page shows it.
	 *
	 * @param series the series, its cover loaded
	 * @param episodes its visible episodes, the newest first
	 * @param translations the path of each visible translation, its own included
	 */
	public record SeriesView(PodcastSeries series, List<Episode> episodes, Map<Language, String> translations) {
	}

	/**
	 * An episode as its public page shows it.
	 *
	 * @param episode the episode, its series and audio file loaded
	 * @param translations the path of each visible translation, its own included
	 */
	public record EpisodeView(Episode episode, Map<Language, String> translations) {
	}

}
