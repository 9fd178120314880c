package be.mmmbelgium.site.demo;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import be.mmmbelgium.site.content.Revisions;
import be.mmmbelgium.site.news.NewsPostRepository;
import be.mmmbelgium.site.page.PageRepository;
import be.mmmbelgium.site.podcast.EpisodeRepository;
import be.mmmbelgium.site.test.DemoSiteTest;
import be.mmmbelgium.site.test.Html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * The demo content, loaded on PostgreSQL: French complete, Dutch and English in part, so
 * that both a translated page and a missing translation can be seen.
 */
@DemoSiteTest
class DemoContentIntegrationTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PageRepository pages;

	@Autowired
	NewsPostRepository posts;

	@Autowired
	EpisodeRepository episodes;

	@Test
	void frenchIsCompleteAndTheOtherLanguagesArePartial() {
		assertThat(this.pages.findAll()).filteredOn((page) -> page.getLanguage().code().equals("fr")).hasSize(11);
		assertThat(this.posts.findAll()).filteredOn((post) -> post.getLanguage().code().equals("fr")).hasSize(6);
		assertThat(this.posts.findAll()).filteredOn((post) -> post.getLanguage().code().equals("nl")).hasSize(4);
		assertThat(this.posts.findAll()).filteredOn((post) -> post.getLanguage().code().equals("en")).hasSize(3);
		assertThat(this.episodes.findAll()).filteredOn((episode) -> episode.getLanguage().code().equals("fr"))
			.hasSize(3);
	}

	@Test
	void theSixNewsItemsOfTheOldSiteAreThereWithTheirDates() {
		Document list = Html.get(this.mvc, "/fr/actualites");

		assertThat(list.select(".card-title").eachText()).containsExactly(
				"Une mère presque parfaite – Nouvelle série de podcasts avec Isabelle Roskam",
				"Ambassadeurs de l’espoir – histoires de courage", "Esperas commémore les 20 ans de la résolution 1325",
				"MMM Belgium participe à la Cost Action Rise Up PPD", "Congé spécial en raison de la pandémie",
				"Quand le monde change");
		assertThat(list.select(".card time").eachText()).containsExactly("29 avril 2022", "26 avril 2022",
				"12 novembre 2020", "12 novembre 2020", "29 avril 2020", "7 avril 2020");
	}

	@Test
	void theStatutesExistInFrenchOnlyAndTheCharterInAllThreeLanguages() {
		Document statutes = Html.get(this.mvc, "/fr/statuts");
		Document charter = Html.get(this.mvc, "/fr/charte-de-la-mere");

		assertThat(Html.switcher(statutes)).containsExactly(entry("nl", "/nl/"), entry("en", "/en/"));
		assertThat(Html.switcher(charter)).containsExactly(entry("nl", "/nl/handvest-van-de-moeder"),
				entry("en", "/en/mothers-charter"));
		assertThat(this.mvc.get().uri("/nl/handvest-van-de-moeder")).hasStatusOk();
	}

	@Test
	void theDutchMissionListsTheFourAimsAsTheFrenchOneDoes() {
		Document french = Html.get(this.mvc, "/fr/mission-et-vision");
		Document dutch = Html.get(this.mvc, "/nl/missie-en-visie");

		assertThat(french.select("main article ul").last().select("li")).hasSize(4);
		assertThat(dutch.select("main article ul").last().select("li")).hasSize(4);
	}

	@Test
	void thePodcastHasThreeEpisodesWithAudioTheSiteServes() {
		Document series = Html.get(this.mvc, "/fr/podcasts/une-mere-presque-parfaite");
		assertThat(series.select(".episode-card")).hasSize(3);

		Document episode = Html.get(this.mvc, series.select(".episode-card h3 a").last().attr("href"));
		String audio = episode.select("audio").attr("src");

		assertThat(episode.select(".transcript").text()).isNotBlank();
		assertThat(this.mvc.get().uri(audio).header("Range", "bytes=0-1")).hasStatus(HttpStatus.PARTIAL_CONTENT)
			.hasContentType("audio/mpeg");
	}

	@Test
	void theMenuIsBuiltFromThePageTreeInEachLanguage() {
		assertThat(Html.get(this.mvc, "/fr/").select(".main-nav a").eachText()).containsExactly("Qui sommes-nous",
				"Mobilisations", "Actualités", "Podcasts", "Contact");
		assertThat(Html.get(this.mvc, "/nl/").select(".main-nav a").eachText()).containsExactly("Wie zijn wij",
				"Mobilisaties", "Nieuws", "Podcasts", "Contact");
		assertThat(Html.get(this.mvc, "/en/").select(".main-nav a").eachText()).containsExactly("About us", "Campaigns",
				"News", "Podcasts", "Contact");
	}

	@Autowired
	Revisions revisions;

	@Test
	void everyItemLoadedHasAFirstRevisionToCompareWithAndRestore() {
		assertThat(this.pages.findAll()).isNotEmpty()
			.allMatch((page) -> this.revisions.history("page", page.getId()).size() == 1);
		assertThat(this.posts.findAll()).isNotEmpty()
			.allMatch((post) -> this.revisions.history("news", post.getId()).size() == 1);
		assertThat(this.episodes.findAll()).isNotEmpty()
			.allMatch((episode) -> !this.revisions.history("episode", episode.getId()).isEmpty());
	}

}
