package be.mmmbelgium.site.search;

import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import org.assertj.core.api.Assertions;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionOperations;

import be.mmmbelgium.site.news.NewsPost;
import be.mmmbelgium.site.news.NewsPostBuilder;
import be.mmmbelgium.site.news.NewsPostRepository;
import be.mmmbelgium.site.page.PageBuilder;
import be.mmmbelgium.site.page.PageRepository;
import be.mmmbelgium.site.podcast.EpisodeRepository;
import be.mmmbelgium.site.podcast.PodcastBuilders;
import be.mmmbelgium.site.podcast.PodcastSeries;
import be.mmmbelgium.site.podcast.PodcastSeriesRepository;
import be.mmmbelgium.site.test.Builders;
import be.mmmbelgium.site.test.Html;
import be.mmmbelgium.site.test.SiteIntegrationTest;
import be.mmmbelgium.site.web.Language;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search page of each language, on PostgreSQL's full-text search, and the portable
 * search the embedded database uses, held to the same finds.
 */
@SiteIntegrationTest
class SiteSearchIntegrationTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	NewsPostRepository posts;

	@Autowired
	PageRepository pages;

	@Autowired
	PodcastSeriesRepository series;

	@Autowired
	EpisodeRepository episodes;

	@Autowired
	SiteSearch search;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	void givenContentInEachLanguage() {
		this.posts.saveAndFlush(NewsPostBuilder.post()
			.slug("meres-au-travail")
			.title("Les mères au travail")
			.body("Les mères qui travaillent demandent un congé de maternité plus long.")
			.build());
		this.posts
			.saveAndFlush(NewsPostBuilder.post().slug("brouillon").title("Brouillon sur les mères").draft().build());
		this.posts.saveAndFlush(NewsPostBuilder.post()
			.slug("demain")
			.title("Les mères de demain")
			.publishedAt(Builders.NOW.plus(Duration.ofDays(2)))
			.build());
		this.posts.saveAndFlush(NewsPostBuilder.post()
			.in(Language.NL)
			.slug("moeders-en-werk")
			.title("Werk en gezin")
			.body("Veel moeders combineren werk en zorg.")
			.build());
		this.pages.saveAndFlush(PageBuilder.page()
			.in(Language.EN)
			.slug("charter")
			.title("The Charter")
			.body("What every mother needs: time, recognition and support.")
			.build());
		PodcastSeries show = this.series.saveAndFlush(PodcastBuilders.series().slug("mere-parfaite").build());
		this.episodes.saveAndFlush(PodcastBuilders.episode(show)
			.slug("burn-out")
			.title("Épuisement")
			.transcript("Le burn-out parental touche aussi les pères.")
			.build());
	}

	Document searchPage(String path) {
		var result = this.mvc.get().uri(path).exchange();
		assertThat(result).hasStatusOk();
		return Html.parse(result);
	}

	List<String> titles(Document page) {
		return page.select(".search-results h2 a").eachText();
	}

	@Test
	void eachLanguageFindsItsOwnPublishedContentWhateverTheAccents() {
		givenContentInEachLanguage();

		Document french = searchPage("/fr/recherche?q=meres");
		assertThat(titles(french)).containsExactly("Les mères au travail");
		assertThat(french.select(".search-results a").attr("href")).isEqualTo("/fr/actualites/meres-au-travail");
		assertThat(french.select(".snippet mark").eachText()).contains("mères");
		assertThat(french.select(".search-count").text()).isEqualTo("1 résultat pour « meres »");

		assertThat(titles(searchPage("/nl/zoeken?q=moeder"))).containsExactly("Werk en gezin");
		assertThat(titles(searchPage("/en/search?q=Mothers"))).containsExactly("The Charter");
		assertThat(searchPage("/en/search?q=Mothers").select(".search-results a").attr("href"))
			.isEqualTo("/en/charter");
		Document episode = Html.parse(this.mvc.get().uri("/fr/recherche").param("q", "pÈRES").exchange());
		assertThat(titles(episode)).containsExactly("Épuisement");
		assertThat(episode.select(".search-results a").attr("href")).isEqualTo("/fr/podcasts/mere-parfaite/burn-out");
		assertThat(titles(searchPage("/nl/zoeken?q=meres"))).isEmpty();
		assertThat(searchPage("/nl/zoeken?q=meres").select(".search-count").text())
			.isEqualTo("Geen resultaten voor ‘meres’.");
	}

	@Test
	void aTitleThatMatchesComesFirstAndTheResultsArePaged() {
		for (int i = 1; i <= 12; i++) {
			this.posts.saveAndFlush(NewsPostBuilder.post()
				.slug("post-" + i)
				.title("Nouvelles " + i)
				.body("On y parle de la parentalité, une fois.")
				.publishedAt(Builders.NOW.minus(Duration.ofDays(i)))
				.build());
		}
		this.posts.saveAndFlush(NewsPostBuilder.post()
			.slug("titre")
			.title("La parentalité")
			.publishedAt(Builders.NOW.minus(Duration.ofDays(30)))
			.build());

		Document first = searchPage("/fr/recherche?q=parentalite");
		assertThat(titles(first)).hasSize(10).first().isEqualTo("La parentalité");
		assertThat(first.select(".search-count").text()).startsWith("13 résultats");
		assertThat(first.select(".pagination a[rel=next]").attr("href"))
			.isEqualTo("/fr/recherche?q=parentalite&page=2");
		Document second = searchPage("/fr/recherche?q=parentalite&page=2");
		assertThat(titles(second)).hasSize(3);
		assertThat(second.select(".search-results").attr("start")).isEqualTo("11");
		assertThat(this.mvc.get().uri("/fr/recherche?q=parentalite&page=3")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void theSearchTextFollowsEveryChange() {
		NewsPost post = this.posts.saveAndFlush(NewsPostBuilder.post().slug("change").title("Avant").build());
		assertThat(titles(searchPage("/fr/recherche?q=pension"))).isEmpty();
		post.setBody(Builders.MARKDOWN.render("Il est question de **pensions** des mères."));
		this.posts.saveAndFlush(post);
		assertThat(titles(searchPage("/fr/recherche?q=pension"))).containsExactly("Avant");
		// A change that leaves the text alone keeps the row's vector as it was.
		String vector = "select search_vector::text from news_post where id = :id";
		String before = this.jdbc.sql(vector).param("id", post.getId()).query(String.class).single();
		this.jdbc.sql("update news_post set slug = 'changed' where id = :id").param("id", post.getId()).update();
		assertThat(this.jdbc.sql(vector).param("id", post.getId()).query(String.class).single()).isEqualTo(before)
			.contains("pension");
		assertThat(titles(searchPage("/fr/recherche?q=pension"))).containsExactly("Avant");
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"", "\"\"\"", "' or 1=1 --", "mères'); drop table news_post; --", "%", "_", "\\",
			"& | ! ( ) : * < > <-> @@", "-", "or", "-meres", "\"meres", "<script>alert(1)</script>", "�", "\u202Emeres",
			"m\u0300eres", "  ", "le la les" })
	void hostileQueriesAnswerANormalPage(String query) {
		givenContentInEachLanguage();
		var result = this.mvc.get().uri("/fr/recherche").param("q", query).exchange();
		assertThat(result).hasStatusOk();
		Document page = Html.parse(result);
		assertThat(page.select("h1").text()).isEqualTo("Rechercher");
		assertThat(page.select("main script")).isEmpty();
		assertThat(page.select("#search-query").val()).isEqualTo(query.strip());
		assertThat(this.posts.count()).isPositive();
		assertThat(searchWithPortable(query)).isNotNull();
	}

	@Test
	void aVeryLongQueryIsShortenedNotRefused() {
		givenContentInEachLanguage();
		Document page = searchPage("/fr/recherche?q=meres+" + "x".repeat(10_000));
		assertThat(page.select(".notice").text()).contains("200");
		assertThat(page.select("#search-query").val()).hasSize(200);
	}

	@Test
	void anEmptyQueryShowsTheFormAlone() {
		Document page = searchPage("/fr/recherche");
		assertThat(page.select("#search-query")).hasSize(1);
		assertThat(page.select(".search-count")).isEmpty();
		assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
	}

	@Test
	void everyPageHasTheSearchFormOfItsLanguage() {
		assertThat(searchPage("/nl/").select("form.site-search").attr("action")).isEqualTo("/nl/zoeken");
		assertThat(searchPage("/en/search?q=x").select(".language-switcher a[hreflang=fr]").attr("href"))
			.isEqualTo("/fr/recherche?q=x");
	}

	@Test
	void thePortableSearchFindsWhatTheFullTextSearchFinds() {
		givenContentInEachLanguage();
		assertThat(portable(Language.FR, "meres")).containsExactly("Les mères au travail");
		assertThat(portable(Language.NL, "moeder")).containsExactly("Werk en gezin");
		assertThat(portable(Language.EN, "Mothers")).containsExactly("The Charter");
		assertThat(portable(Language.FR, "PÈRES burn")).containsExactly("Épuisement");
		assertThat(portable(Language.NL, "meres")).isEmpty();
		assertThat(portable(Language.FR, "mères travail")).containsExactly("Les mères au travail");
		assertThat(portable(Language.FR, "mères pension")).isEmpty();
		assertThat(portable(Language.FR, "%")).isEmpty();
		assertThat(portable(Language.FR, "_")).isEmpty();
	}

	@Test
	void aQueryThatLooksForNothingFindsNothing() {
		givenContentInEachLanguage();
		assertThat(Html.parse(this.mvc.get().uri("/fr/recherche").param("q", "le -zzzz").exchange())
			.select(".search-count")
			.text()).isEqualTo("Aucun résultat pour « le -zzzz ».");
	}

	@Test
	void aSearchThatTakesTooLongAsksForANarrowerOne() {
		this.jdbc
			.sql("""
					insert into news_post (translation_group, language, slug, title, status, published_at, created_at,
					                       updated_at, search_text, search_folded)
					select gen_random_uuid(), 'fr', 'meres-' || n, 'Mères ' || n, 'PUBLISHED',
					       timestamp with time zone '2026-01-01 00:00:00+00', timestamp with time zone '2026-01-01 00:00:00+00',
					       timestamp with time zone '2026-01-01 00:00:00+00', 'Le texte des mères ' || n,
					       'meres ' || n || chr(10) || 'le texte des meres ' || n
					  from generate_series(1, 20000) as n
					""")
			.update();
		SiteSearch hurried = new PostgreSqlSiteSearch(this.jdbc, TransactionOperations.withoutTransaction(),
				Duration.ofMillis(1));
		Assertions
			.assertThatThrownBy(
					() -> hurried.search(Language.FR, SearchQuery.of("meres"), Pageable.ofSize(10), Builders.NOW))
			.isInstanceOf(SearchTooBroadException.class);
	}

	@Test
	void theSiteRunsOnTheFullTextSearchOnPostgreSql() {
		assertThat(this.search).isInstanceOf(PostgreSqlSiteSearch.class);
	}

	List<String> portable(Language language, String query) {
		return new PortableSiteSearch(JdbcClient.create(this.dataSource))
			.search(language, SearchQuery.of(query), Pageable.ofSize(10), Builders.NOW)
			.map(Found::title)
			.getContent();
	}

	Object searchWithPortable(String query) {
		SearchQuery parsed = SearchQuery.of(query);
		return parsed.isEmpty() ? "nothing to search" : portable(Language.FR, query);
	}

}
