package be.mmmbelgium.site.news;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import be.mmmbelgium.site.test.Html;
import be.mmmbelgium.site.test.SiteIntegrationTest;
import be.mmmbelgium.site.web.Language;

import static be.mmmbelgium.site.news.NewsPostBuilder.post;
import static be.mmmbelgium.site.test.Builders.NOW;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the back-office does with drafts shows nowhere on the public site: a subject that
 * only a draft or a scheduled post carries has no page, no feed and no name in any link,
 * and the public validators stay as they are while drafts are written; they change when
 * what the public sees changes.
 */
@SiteIntegrationTest
class DraftsStayPrivateIntegrationTest {

	static final String SPAM = "visit-evil-example-for-cheap-pills";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	NewsPostRepository posts;

	@Autowired
	TagRepository tags;

	@Test
	void aSubjectOnlyADraftCarriesHasNoPageNoFeedAndNoLinkUntilThePostIsPublished() throws Exception {
		Tag spam = this.tags.save(new Tag(UUID.randomUUID(), Language.FR, SPAM, "Visit evil example for cheap pills"));
		NewsPost draft = this.posts.saveAndFlush(post().slug("brouillon-tague").draft().tagged(spam).build());
		this.posts.saveAndFlush(
				post().slug("programmee-taguee").publishedAt(NOW.plus(Duration.ofDays(3))).tagged(spam).build());

		assertThat(this.mvc.get().uri("/fr/actualites/sujet/" + SPAM)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/fr/actualites/sujet/" + SPAM + "/feed.atom")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/sitemap.xml").exchange().getResponse().getContentAsString())
			.doesNotContain(SPAM);

		draft.publish(NOW.minus(Duration.ofHours(1)));
		this.posts.saveAndFlush(draft);
		assertThat(this.mvc.get().uri("/fr/actualites/sujet/" + SPAM)).hasStatusOk();
		assertThat(Html.parse(this.mvc.get().uri("/fr/actualites/brouillon-tague").exchange())
			.select("a[href*=" + SPAM + "]")).isNotEmpty();
	}

	@Test
	void savingADraftLeavesThePublicValidatorAsItIsAndPublishingChangesIt() {
		String before = etag();
		NewsPost draft = this.posts.saveAndFlush(post().slug("en-cours").title("En cours").draft().build());
		this.posts.saveAndFlush(post().slug("plus-tard").publishedAt(NOW.plus(Duration.ofDays(3))).build());
		draft.setTitle("En cours, corrigé");
		this.posts.saveAndFlush(draft);
		assertThat(etag()).as("drafts and scheduled posts written").isEqualTo(before);

		draft.publish(NOW.minus(Duration.ofHours(1)));
		this.posts.saveAndFlush(draft);
		assertThat(etag()).as("a post published").isNotEqualTo(before);
	}

	private String etag() {
		return this.mvc.get().uri("/fr/").exchange().getResponse().getHeader(HttpHeaders.ETAG);
	}

}
