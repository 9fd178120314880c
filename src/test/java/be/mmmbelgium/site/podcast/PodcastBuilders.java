package be.mmmbelgium.site.podcast;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import be.mmmbelgium.site.media.MediaFile;
import be.mmmbelgium.site.test.Builders;
import be.mmmbelgium.site.web.Language;

/**
 * Builds podcast series and episodes for tests: {@code series().slug("x").build()},
 * {@code episode(series).number(2).build()}.
 */
public final class PodcastBuilders {

	private PodcastBuilders() {
	}

	public static SeriesBuilder series() {
		return new SeriesBuilder();
	}

	public static EpisodeBuilder episode(PodcastSeries series) {
		return new EpisodeBuilder(series);
	}

	public static final class SeriesBuilder {

		private UUID group = UUID.randomUUID();

		private Language language = Language.FR;

		private Language audioLanguage = Language.FR;

		private String slug = "serie-" + UUID.randomUUID().toString().substring(0, 8);

		private String title = "Une série";

		private boolean draft;

		public SeriesBuilder in(Language language) {
			this.language = language;
			return this;
		}

		public SeriesBuilder translating(PodcastSeries source) {
			this.group = source.getTranslationGroup();
			this.audioLanguage = source.getAudioLanguage();
			return this;
		}

		public SeriesBuilder slug(String slug) {
			this.slug = slug;
			return this;
		}

		public SeriesBuilder title(String title) {
			this.title = title;
			return this;
		}

		public SeriesBuilder draft() {
			this.draft = true;
			return this;
		}

		public PodcastSeries build() {
			PodcastSeries series = new PodcastSeries(this.group, this.language, this.slug, this.title,
					this.audioLanguage);
			series.setSummary("Une série de conversations.");
			series.setDescription(Builders.MARKDOWN.render("La *description* de la série."));
			series.setDirectoryDetails("Make Mothers Matter Belgium", "Make Mothers Matter Belgium", null);
			series.categorise("Kids & Family", "Parenting");
			if (!this.draft) {
				series.publish(Builders.NOW.minus(Duration.ofDays(100)));
			}
			return series;
		}

	}

	public static final class EpisodeBuilder {

		private final PodcastSeries series;

		private UUID group = UUID.randomUUID();

		private String slug = "episode-" + UUID.randomUUID().toString().substring(0, 8);

		private String title = "Un épisode";

		private int number = 1;

		private Integer season;

		private MediaFile audio;

		private String transcript = "";

		private Instant publishedAt = Builders.NOW.minus(Duration.ofDays(7));

		private boolean draft;

		EpisodeBuilder(PodcastSeries series) {
			this.series = series;
		}

		public EpisodeBuilder translating(Episode source) {
			this.group = source.getTranslationGroup();
			return this;
		}

		public EpisodeBuilder slug(String slug) {
			this.slug = slug;
			return this;
		}

		public EpisodeBuilder title(String title) {
			this.title = title;
			return this;
		}

		public EpisodeBuilder number(int number) {
			this.number = number;
			return this;
		}

		public EpisodeBuilder season(int season) {
			this.season = season;
			return this;
		}

		public EpisodeBuilder audio(MediaFile audio) {
			this.audio = audio;
			return this;
		}

		public EpisodeBuilder transcript(String transcript) {
			this.transcript = transcript;
			return this;
		}

		public EpisodeBuilder publishedAt(Instant instant) {
			this.publishedAt = instant;
			this.draft = false;
			return this;
		}

		public EpisodeBuilder draft() {
			this.draft = true;
			return this;
		}

		public Episode build() {
			Episode episode = new Episode(this.group, this.series, this.slug, this.title, this.number);
			episode.setSeason(this.season);
			episode.setExcerpt("Ce dont parle l’épisode.");
			episode.setShowNotes(Builders.MARKDOWN.render("Les **notes** de l’épisode."));
			episode.setTranscript(Builders.MARKDOWN.render(this.transcript));
			if (this.audio != null) {
				episode.setAudio(this.audio);
			}
			else {
				// Every episode has its sound; here, hosted elsewhere.
				episode.setAudio("https://audio.example.org/" + this.slug + ".mp3", 12_345_678, "audio/mpeg", 1_234);
			}
			if (!this.draft) {
				episode.publish(this.publishedAt);
			}
			return episode;
		}

	}

}
