package be.mmmbelgium.site.podcast;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import be.mmmbelgium.site.media.MediaFile;
import be.mmmbelgium.site.media.MediaUse;

/**
 * Tells the media library which series and episodes use a file: a cover, an episode's
 * audio, or a link in a text.
 */
@Component
class PodcastMediaUse implements MediaUse {

	private final PodcastSeriesRepository series;

	private final EpisodeRepository episodes;

	PodcastMediaUse(PodcastSeriesRepository series, EpisodeRepository episodes) {
		this.series = series;
		this.episodes = episodes;
	}

	@Override
	public List<Use> usesOf(MediaFile file) {
		List<Use> uses = new ArrayList<>();
		this.series.findUsing(file, file.linkPattern())
			.forEach(
					(found) -> uses.add(new Use("media.use.series", label(found.getLanguage().code(), found.getTitle()),
							SeriesAdminController.PATH + "/" + found.getId())));
		this.episodes.findUsing(file, file.linkPattern())
			.forEach((found) -> uses
				.add(new Use("media.use.episode", label(found.getLanguage().code(), found.getTitle()),
						EpisodeAdminController.PATH + "/" + found.getId())));
		return uses;
	}

	private static String label(String language, String title) {
		return language.toUpperCase(Locale.ROOT) + " · " + title;
	}

}
