package be.mmmbelgium.site.web;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import be.mmmbelgium.site.media.MediaFile;
import be.mmmbelgium.site.media.MediaLibrary;
import be.mmmbelgium.site.news.NewsPostBuilder;
import be.mmmbelgium.site.news.Tag;
import be.mmmbelgium.site.page.Page;
import be.mmmbelgium.site.page.PageBuilder;
import be.mmmbelgium.site.page.PageKey;
import be.mmmbelgium.site.podcast.PodcastBuilders;
import be.mmmbelgium.site.podcast.PodcastSeries;
import be.mmmbelgium.site.test.SiteIntegrationTest;
import be.mmmbelgium.site.test.SqlStatements;
import be.mmmbelgium.site.test.TestMedia;

import static be.mmmbelgium.site.test.Builders.NOW;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * How many SQL statements each kind of public page costs when it is rendered, as the site
 * stands between two changes of its content (the menu and the archive by year are read
 * once for each version of the content; see {@code PerContentVersion}). A page that
 * starts reading more, such as one statement for each item it lists, fails here.
 */
@SiteIntegrationTest
class StatementsPerPageIntegrationTest {

	/** The most statements each page may take, by address. */
	static final Map<String, Integer> BUDGETS = budgets();

	private static Map<String, Integer> budgets() {
		Map<String, Integer> budgets = new LinkedHashMap<>();
		// The pages it links to, the themes, the latest news, the latest episode.
		budgets.put("/fr/", 4);
		// The posts as cards, and their count for the pages.
		budgets.put("/fr/actualites", 2);
		// The post and its picture, its subjects, documents, two neighbours and its
		// translations.
		budgets.put("/fr/actualites/actualite-5", 6);
		// The subject, its posts (and their count when they fill a page), the subjects of
		// its group that visible posts carry (whether it has a page, and in which
		// languages).
		budgets.put("/fr/actualites/sujet/sante", 3);
		// Whether the year has news, its posts, their count, and whether the other
		// languages have news that year.
		budgets.put("/fr/actualites/archives/2026", 5);
		// The page with its ancestors, its children, documents and translations.
		budgets.put("/fr/themes", 4);
		budgets.put("/fr/podcasts", 2);
		budgets.put("/fr/podcasts/une-serie", 3);
		budgets.put("/fr/podcasts/une-serie/episode-1", 5);
		// The posts with their pictures, and their subjects.
		budgets.put("/fr/actualites/feed.atom", 2);
		budgets.put("/fr/podcasts/une-serie/feed.rss", 3);
		budgets.put("/sitemap-fr-1.xml", 5);
		return budgets;
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	EntityManager entities;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	MediaLibrary media;

	SqlStatements statements;

	@BeforeEach
	void createASiteWithSomethingOnEveryPage() {
		Page themes = PageBuilder.page().key(PageKey.THEMES).slug("themes").title("Thèmes").menu(true, 3).build();
		this.entities.persist(themes);
		this.entities.persist(PageBuilder.page().key(PageKey.MISSION).slug("mission").menu(true, 1).build());
		this.entities.persist(PageBuilder.page().slug("sante").title("Santé").under(themes).menu(true, 1).build());
		this.entities.persist(PageBuilder.page().slug("paix").title("Paix").under(themes).menu(true, 2).build());
		Tag health = new Tag(UUID.randomUUID(), Language.FR, "sante", "Santé");
		this.entities.persist(health);
		MediaFile cover = TestMedia.add(this.media, "couverture.png", TestMedia.png(32, 18));
		for (int i = 1; i <= 15; i++) {
			NewsPostBuilder post = NewsPostBuilder.post()
				.slug("actualite-" + i)
				.title("Actualité " + i)
				.publishedAt(NOW.minus(Duration.ofDays(i)));
			if (i % 2 == 0) {
				post.tagged(health).cover(cover);
			}
			this.entities.persist(post.build());
		}
		PodcastSeries series = PodcastBuilders.series().slug("une-serie").build();
		this.entities.persist(series);
		for (int i = 1; i <= 3; i++) {
			this.entities.persist(PodcastBuilders.episode(series)
				.slug("episode-" + i)
				.number(i)
				.publishedAt(NOW.minus(Duration.ofDays(i)))
				.build());
		}
		this.entities.flush();
		this.statements = SqlStatements.start(this.entityManagerFactory);
	}

	@AfterEach
	void stopCounting() {
		this.statements.stop();
	}

	@Test
	void everyKindOfPublicPageStaysWithinItsStatements() {
		// The menu and the archive by year, read once for the content as it stands.
		assertThat(this.mvc.get().uri("/fr/actualites?page=2")).hasStatusOk();

		Map<String, Long> spent = new LinkedHashMap<>();
		BUDGETS.keySet().forEach((path) -> spent.put(path, statementsFor(path)));

		assertThat(spent).allSatisfy(
				(path, statements) -> assertThat(statements).as("statements for %s (all pages: %s)", path, spent)
					.isPositive()
					.isLessThanOrEqualTo(BUDGETS.get(path)));
	}

	private long statementsFor(String path) {
		this.entities.clear();
		return this.statements.during(() -> assertThat(this.mvc.get().uri(path)).as(path).hasStatusOk());
	}

}
