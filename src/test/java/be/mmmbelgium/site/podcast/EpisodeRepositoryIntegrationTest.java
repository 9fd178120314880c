package be.mmmbelgium.site.podcast;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;

import be.mmmbelgium.site.test.PostgresDataJpaTest;
import be.mmmbelgium.site.web.Language;

import static be.mmmbelgium.site.podcast.PodcastBuilders.episode;
import static be.mmmbelgium.site.podcast.PodcastBuilders.series;
import static be.mmmbelgium.site.test.Builders.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The publication rules of podcast episodes, on PostgreSQL: an episode is visible when it
 * and its series are both published and due.
 */
@PostgresDataJpaTest
class EpisodeRepositoryIntegrationTest {

	@Autowired
	PodcastSeriesRepository series;

	@Autowired
	EpisodeRepository episodes;

	@Test
	void anEpisodeOfAnUnpublishedSeriesIsNeverVisible() {
		PodcastSeries hidden = this.series.save(series().draft().build());
		this.episodes.save(episode(hidden).slug("pret").build());

		assertThat(this.episodes.findVisible(hidden, "pret", NOW)).isEmpty();
		assertThat(this.episodes.findLatestVisible(Language.FR, NOW, Limit.of(5))).isEmpty();
	}

	@Test
	void theLatestEpisodeIsTheMostRecentlyPublishedOneThatIsDue() {
		PodcastSeries show = this.series.save(series().build());
		this.episodes.save(episode(show).slug("un").number(1).publishedAt(NOW.minus(Duration.ofDays(14))).build());
		this.episodes.save(episode(show).slug("deux").number(2).publishedAt(NOW.minus(Duration.ofDays(1))).build());
		this.episodes.save(episode(show).slug("trois").number(3).publishedAt(NOW.plus(Duration.ofDays(13))).build());
		this.episodes.save(episode(show).slug("quatre").number(4).draft().build());

		assertThat(this.episodes.findLatestVisible(Language.FR, NOW, Limit.of(1))).extracting(Episode::getSlug)
			.containsExactly("deux");
		assertThat(this.episodes.findVisible(show, NOW)).extracting(Episode::getSlug).containsExactly("deux", "un");
	}

	@Test
	void anEpisodeSlugIsUniqueInItsSeries() {
		PodcastSeries one = this.series.save(series().build());
		PodcastSeries other = this.series.save(series().build());
		this.episodes.saveAndFlush(episode(one).slug("pilote").build());
		this.episodes.saveAndFlush(episode(other).slug("pilote").build());

		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.episodes.saveAndFlush(episode(one).slug("pilote").build()));
	}

	@Test
	void audioHostedElsewhereMustBeAnHttpsAddress() {
		Episode episode = episode(this.series.save(series().build())).build();

		for (String address : new String[] { "javascript:alert(1)", "http://audio.example/e1.mp3",
				"data:audio/mpeg;base64,AA", "https:///no-host", "not a url" }) {
			assertThatExceptionOfType(IllegalArgumentException.class).as(address)
				.isThrownBy(() -> episode.setAudio(address, 1, "audio/mpeg", 1));
		}
	}

	@Test
	void audioHostedElsewhereKeepsItsLengthTypeAndDuration() {
		PodcastSeries show = this.series.save(series().build());
		Episode episode = episode(show).build();
		episode.setAudio("https://audio.example/e1.mp3", 12_345_678L, "audio/mpeg", 1800);

		Episode saved = this.episodes.saveAndFlush(episode);

		assertThat(saved.getAudioByteLength()).isEqualTo(12_345_678L);
		assertThat(saved.getAudioMediaType()).isEqualTo("audio/mpeg");
		assertThat(saved.getDurationSeconds()).isEqualTo(1800);
		assertThat(saved.getAudioFile()).isNull();
	}

}
