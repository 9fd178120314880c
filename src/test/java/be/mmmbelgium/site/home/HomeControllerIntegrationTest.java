package be.mmmbelgium.site.home;

import java.time.Duration;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import be.mmmbelgium.site.news.NewsPostRepository;
import be.mmmbelgium.site.page.Page;
import be.mmmbelgium.site.page.PageKey;
import be.mmmbelgium.site.page.PageRepository;
import be.mmmbelgium.site.podcast.EpisodeRepository;
import be.mmmbelgium.site.podcast.PodcastSeries;
import be.mmmbelgium.site.podcast.PodcastSeriesRepository;
import be.mmmbelgium.site.test.Html;
import be.mmmbelgium.site.test.SiteIntegrationTest;
import be.mmmbelgium.site.web.Language;

import static be.mmmbelgium.site.news.NewsPostBuilder.post;
import static be.mmmbelgium.site.page.PageBuilder.page;
import static be.mmmbelgium.site.podcast.PodcastBuilders.episode;
import static be.mmmbelgium.site.podcast.PodcastBuilders.series;
import static be.mmmbelgium.site.test.Builders.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * The home page of each language: who the association is, its latest news and episode,
 * its themes and how to reach it.
 */
@SiteIntegrationTest
class HomeControllerIntegrationTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PageRepository pages;

	@Autowired
	NewsPostRepository posts;

	@Autowired
	PodcastSeriesRepository series;

	@Autowired
	EpisodeRepository episodes;

	@Test
	void theHomePageShowsTheAssociationItsNewsItsLatestEpisodeItsThemesAndItsContact() {
		this.pages.save(page().key(PageKey.MISSION).slug("mission").summary("Soutenir les mères.").build());
		Page themes = this.pages.save(page().key(PageKey.THEMES).slug("mobilisations").title("Mobilisations").build());
		this.pages.save(page().under(themes).slug("meres-et-paix").title("Mères et paix").build());
		for (int i = 1; i <= 4; i++) {
			this.posts.save(post().title("Actualité " + i).publishedAt(NOW.minus(Duration.ofDays(i))).build());
		}
		PodcastSeries show = this.series.save(series().slug("serie").build());
		this.episodes
			.save(episode(show).title("Ancien épisode").number(1).publishedAt(NOW.minus(Duration.ofDays(20))).build());
		this.episodes
			.save(episode(show).title("Dernier épisode").number(2).publishedAt(NOW.minus(Duration.ofDays(2))).build());

		Document html = Html.get(this.mvc, "/fr/");

		assertThat(html.select(".hero .lead").text()).isEqualTo("Soutenir les mères.");
		assertThat(html.select(".home-news h3").eachText()).containsExactly("Actualité 1", "Actualité 2",
				"Actualité 3");
		assertThat(html.select(".home-podcast h3").eachText()).containsExactly("Dernier épisode");
		assertThat(html.select(".band h3").eachText()).containsExactly("Mères et paix");
		assertThat(html.select(".contact-band a[href=mailto:contact@example.org]")).hasSize(1);
		assertThat(html.select("html").attr("lang")).isEqualTo("fr");
	}

	@Test
	void eachLanguageHasItsHomePageWithItsOwnTextAndTheOthersAsAlternates() {
		Document dutch = Html.get(this.mvc, "/nl/");
		Document english = Html.get(this.mvc, "/en/");

		assertThat(dutch.select("html").attr("lang")).isEqualTo("nl");
		assertThat(dutch.select("h1").text()).isEqualTo("De rol van moeders erkend zien");
		assertThat(english.select("h1").text()).isEqualTo("Recognising the role of mothers");
		assertThat(Html.alternates(english)).containsExactly(entry("fr", "https://www.example.test/fr/"),
				entry("nl", "https://www.example.test/nl/"), entry("en", "https://www.example.test/en/"),
				entry("x-default", "https://www.example.test/fr/"));
		assertThat(english.select(".skip-link").attr("href")).isEqualTo("#main");
		assertThat(english.select("main#main")).hasSize(1);
	}

	@Test
	void anEmptySiteStillHasAHomePage() {
		Document html = Html.get(this.mvc, "/en/");

		assertThat(html.select(".home-news p").first().text()).isEqualTo("No news yet.");
		assertThat(this.pages.findByLanguageAndPageKey(Language.EN, "mission")).isEmpty();
	}

}
