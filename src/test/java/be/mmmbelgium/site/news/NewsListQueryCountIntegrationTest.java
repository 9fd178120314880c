package be.mmmbelgium.site.news;

import java.time.Duration;

import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import be.mmmbelgium.site.media.MediaFile;
import be.mmmbelgium.site.media.MediaLibrary;
import be.mmmbelgium.site.test.SiteIntegrationTest;
import be.mmmbelgium.site.test.SqlStatements;
import be.mmmbelgium.site.test.TestMedia;
import be.mmmbelgium.site.web.Language;

import static be.mmmbelgium.site.news.NewsPostBuilder.post;
import static be.mmmbelgium.site.test.Builders.NOW;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The news list costs the same number of SQL statements however many posts a page holds,
 * covers included: no query per post.
 */
@SiteIntegrationTest
class NewsListQueryCountIntegrationTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	NewsPostRepository posts;

	@Autowired
	PublishedNews news;

	@Autowired
	MediaLibrary media;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	SqlStatements statements;

	@BeforeEach
	void createPostsWithCovers() {
		for (int i = 0; i < 60; i++) {
			MediaFile cover = TestMedia.add(this.media, "cover-" + i + ".png", TestMedia.png(16 + i, 9));
			this.posts
				.save(post().slug("post-" + i).publishedAt(NOW.minus(Duration.ofHours(i + 1))).cover(cover).build());
		}
		this.posts.flush();
		this.statements = SqlStatements.start(this.entityManagerFactory);
	}

	@AfterEach
	void stopCounting() {
		this.statements.stop();
	}

	@Test
	void theServiceIssuesAFixedNumberOfStatementsWhateverThePageSize() {
		long one = statementsFor(1);
		long ten = statementsFor(10);
		long fifty = statementsFor(50);

		assertThat(one).as("statements are counted").isPositive();
		assertThat(one).isEqualTo(ten).isEqualTo(fifty).isLessThanOrEqualTo(2);
	}

	@Test
	void theRenderedListIssuesAsManyStatementsForAFullPageAsForAShortOne() {
		// The menu and the archive by year are read once for the content as it stands.
		statementsForPage("/fr/actualites");
		statementsForPage("/en/news");
		long fullPage = statementsForPage("/fr/actualites");
		long shortLastPage = statementsForPage("/fr/actualites?page=6");
		long nearlyEmptyList = statementsForPage("/en/news");

		assertThat(fullPage).as("statements are counted").isPositive();
		assertThat(fullPage).isEqualTo(shortLastPage);
		assertThat(nearlyEmptyList).isLessThanOrEqualTo(fullPage);
	}

	private long statementsFor(int pageSize) {
		this.entityManagerFactory.getCache().evictAll();
		return this.statements.during(() -> this.news.list(Language.FR, PageRequest.of(0, pageSize))
			.getContent()
			.forEach((post) -> assertThat(post.cover().getWidth()).isGreaterThanOrEqualTo(16)));
	}

	private long statementsForPage(String path) {
		return this.statements.during(() -> assertThat(this.mvc.get().uri(path)).hasStatusOk());
	}

}
