package be.mmmbelgium.site.podcast;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import be.mmmbelgium.site.media.MediaFile;
import be.mmmbelgium.site.media.MediaLibrary;
import be.mmmbelgium.site.test.Html;
import be.mmmbelgium.site.test.SiteIntegrationTest;
import be.mmmbelgium.site.test.TestMedia;
import be.mmmbelgium.site.web.Language;

import static be.mmmbelgium.site.podcast.PodcastBuilders.episode;
import static be.mmmbelgium.site.podcast.PodcastBuilders.series;
import static be.mmmbelgium.site.test.Builders.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * The podcast section: the series, their episodes and each episode's page.
 */
@SiteIntegrationTest
class PodcastControllerIntegrationTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PodcastSeriesRepository series;

	@Autowired
	EpisodeRepository episodes;

	@Autowired
	MediaLibrary media;

	@Test
	void theSectionListsTheSeriesAndTheirEpisodes() {
		PodcastSeries show = this.series
			.save(series().slug("une-mere-presque-parfaite").title("Une mère presque parfaite").build());
		this.series.save(series().slug("en-preparation").title("En préparation").draft().build());
		this.episodes.save(episode(show).slug("le-mythe").title("Le mythe").build());
		this.episodes.save(episode(show).slug("a-venir").title("À venir").number(2).draft().build());

		Document html = Html.get(this.mvc, "/fr/podcasts");

		assertThat(html.select("main h2 a").eachText()).containsExactly("Une mère presque parfaite");
		assertThat(html.select("main h2 a").attr("href")).isEqualTo("/fr/podcasts/une-mere-presque-parfaite");
		assertThat(html.select(".episode-card h3 a").eachAttr("href"))
			.containsExactly("/fr/podcasts/une-mere-presque-parfaite/le-mythe");
	}

	@Test
	void aLanguageWithoutSeriesOffersTheSeriesOfTheOtherLanguages() {
		this.series.save(series().slug("une-mere-presque-parfaite").title("Une mère presque parfaite").build());

		Document html = Html.get(this.mvc, "/en/podcasts");

		assertThat(html.select("main li[lang=fr] a").attr("href")).isEqualTo("/fr/podcasts/une-mere-presque-parfaite");
	}

	@Test
	void aSeriesListsItsVisibleEpisodesNewestFirst() {
		PodcastSeries show = this.series.save(series().slug("serie").build());
		this.episodes
			.save(episode(show).slug("premier").title("Premier").number(1).publishedAt(NOW.minusSeconds(7200)).build());
		this.episodes.save(
				episode(show).slug("deuxieme").title("Deuxième").number(2).publishedAt(NOW.minusSeconds(3600)).build());
		this.episodes.save(episode(show).slug("troisieme")
			.title("Troisième")
			.number(3)
			.publishedAt(NOW.plusSeconds(3600))
			.build());

		Document html = Html.get(this.mvc, "/fr/podcasts/serie");

		assertThat(html.select(".episode-card h3 a").eachText()).containsExactly("Deuxième", "Premier");
	}

	@Test
	void anEpisodeHasAPlayerThatLoadsNothingUntilPlayedWithItsNotesAndTranscript() {
		MediaFile audio = TestMedia.add(this.media, "episode-1.m4a", TestMedia.m4a(2537));
		PodcastSeries show = this.series.save(series().slug("serie").title("Une série").build());
		this.episodes.save(episode(show).slug("le-mythe")
			.title("Le mythe")
			.number(1)
			.season(1)
			.audio(audio)
			.transcript("Bonjour et bienvenue.")
			.build());

		Document html = Html.get(this.mvc, "/fr/podcasts/serie/le-mythe");

		Element player = html.selectFirst("audio");
		assertThat(player).isNotNull();
		assertThat(player.attr("preload")).isEqualTo("none");
		assertThat(player.hasAttr("controls")).isTrue();
		assertThat(player.attr("src")).isEqualTo("/media/" + audio.getStorageKey());
		assertThat(html.select("time[datetime=PT42M17S]").text()).contains("42:17");
		assertThat(html.select(".meta").text()).contains("Saison 1, épisode 1");
		assertThat(html.select("main").html()).contains("<strong>notes</strong>");
		assertThat(html.select(".transcript").text()).contains("Bonjour et bienvenue.");
		assertThat(html.select(".breadcrumbs a").eachAttr("href")).containsExactly("/fr/", "/fr/podcasts",
				"/fr/podcasts/serie");
	}

	@Test
	void aTranslatedEpisodeSaysItsAudioIsInFrenchAndLinksItsTranslations() {
		MediaFile audio = TestMedia.add(this.media, "mythe.mp3", TestMedia.mp3(42));
		PodcastSeries french = this.series.saveAndFlush(series().slug("serie").build());
		PodcastSeries dutch = this.series
			.saveAndFlush(series().in(Language.NL).translating(french).slug("reeks").build());
		Episode episode = this.episodes.saveAndFlush(episode(french).slug("le-mythe").audio(audio).build());
		this.episodes.save(episode(dutch).translating(episode).slug("de-mythe").audio(audio).build());

		Document html = Html.get(this.mvc, "/nl/podcasts/reeks/de-mythe");

		assertThat(html.select(".notice").text()).isEqualTo("De afleveringen zijn in het Frans.");
		assertThat(html.select("audio").attr("lang")).isEqualTo("fr");
		assertThat(Html.switcher(html)).containsExactly(entry("fr", "/fr/podcasts/serie/le-mythe"),
				entry("en", "/en/podcasts"));
	}

	@Test
	void draftEpisodesEpisodesOfADraftSeriesAndUnknownSlugsAreNotFound() {
		PodcastSeries show = this.series.save(series().slug("serie").build());
		PodcastSeries hidden = this.series.save(series().slug("cachee").draft().build());
		this.episodes.save(episode(show).slug("brouillon").draft().build());
		this.episodes.save(episode(hidden).slug("visible").build());

		assertThat(this.mvc.get().uri("/fr/podcasts/serie/brouillon")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/fr/podcasts/cachee")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/fr/podcasts/cachee/visible")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/fr/podcasts/inconnue/episode")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/fr/podcasts/serie/Pas-Un-Slug")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void theAudioIsServedWithRangeRequestsSoPlayersCanSeek() {
		MediaFile audio = TestMedia.add(this.media, "court.mp3", TestMedia.mp3(1));

		assertThat(this.mvc.get().uri("/media/" + audio.getStorageKey()).header("Range", "bytes=2-3"))
			.hasStatus(HttpStatus.PARTIAL_CONTENT)
			.hasHeader("Content-Range", "bytes 2-3/" + audio.getByteLength())
			.hasContentType("audio/mpeg");
		assertThat(this.mvc.get().uri("/media/../../etc/passwd")).hasStatus4xxClientError();
		assertThat(this.mvc.get().uri("/media/2026/11/nothing-here.mp3")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aRangeBeyondTheFileIsAnsweredWithoutTheFileAndKeptByNoCache() throws Exception {
		MediaFile audio = TestMedia.add(this.media, "court.mp3", TestMedia.mp3(1));

		for (String range : new String[] { "bytes=" + audio.getByteLength() + "-", "bytes=99999999-99999999",
				"bytes=nonsense" }) {
			var answer = this.mvc.get().uri("/media/" + audio.getStorageKey()).header("Range", range).exchange();
			assertThat(answer).as(range)
				.hasStatus(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
				.hasHeader("Content-Range", "bytes */" + audio.getByteLength())
				.hasHeader("Cache-Control", "no-store");
			assertThat(answer.getResponse().getContentAsByteArray()).as(range + ": no body").isEmpty();
		}
	}

}
