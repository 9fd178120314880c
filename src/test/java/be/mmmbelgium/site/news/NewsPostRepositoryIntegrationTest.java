package be.mmmbelgium.site.news;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.PageRequest;

import be.mmmbelgium.site.content.TranslatedSlug;
import be.mmmbelgium.site.test.PostgresDataJpaTest;
import be.mmmbelgium.site.web.Language;

import static be.mmmbelgium.site.news.NewsPostBuilder.post;
import static be.mmmbelgium.site.test.Builders.NOW;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The publication rules of news posts, as the repository applies them on PostgreSQL.
 */
@PostgresDataJpaTest
class NewsPostRepositoryIntegrationTest {

	@Autowired
	NewsPostRepository posts;

	@Autowired
	TestEntityManager entities;

	@Test
	void aDraftIsNeverVisible() {
		this.posts.save(post().slug("brouillon").draft().build());

		assertThat(this.posts.findVisible(Language.FR, "brouillon", NOW)).isEmpty();
		assertThat(this.posts.findVisibleCards(Language.FR, NOW, PageRequest.of(0, 10))).isEmpty();
	}

	@Test
	void aScheduledPostAppearsAtItsPublicationInstantAndNotBefore() {
		Instant later = NOW.plus(Duration.ofHours(2));
		this.posts.save(post().slug("programmee").publishedAt(later).build());

		assertThat(this.posts.findVisible(Language.FR, "programmee", NOW)).isEmpty();
		assertThat(this.posts.findVisible(Language.FR, "programmee", later.minusMillis(1))).isEmpty();
		assertThat(this.posts.findVisible(Language.FR, "programmee", later)).isPresent();
		assertThat(this.posts.findVisibleCards(Language.FR, later, PageRequest.of(0, 10))).hasSize(1);
	}

	@Test
	void aPublishedPostIsVisibleInItsLanguageOnly() {
		this.posts.save(post().slug("publiee").build());

		assertThat(this.posts.findVisible(Language.FR, "publiee", NOW)).isPresent();
		assertThat(this.posts.findVisible(Language.NL, "publiee", NOW)).isEmpty();
		assertThat(this.posts.findVisibleCards(Language.NL, NOW, PageRequest.of(0, 10))).isEmpty();
	}

	@Test
	void theListShowsTheNewestPostsFirst() {
		this.posts.save(post().slug("ancienne").publishedAt(NOW.minus(Duration.ofDays(30))).build());
		this.posts.save(post().slug("recente").publishedAt(NOW.minus(Duration.ofDays(1))).build());
		this.posts.save(post().slug("moyenne").publishedAt(NOW.minus(Duration.ofDays(10))).build());

		var page = this.posts.findVisibleCards(Language.FR, NOW, PageRequest.of(0, 2));

		assertThat(page.getContent()).extracting(NewsCard::slug).containsExactly("recente", "moyenne");
		assertThat(page.getTotalElements()).isEqualTo(3);
		assertThat(this.posts.findVisible(Language.FR, NOW, Limit.of(2))).extracting(NewsPost::getSlug)
			.containsExactly("recente", "moyenne");
	}

	@Test
	void translationsShareAGroupAndRememberTheVersionOfTheirSource() {
		NewsPost french = this.posts.saveAndFlush(post().slug("lancement").build());
		NewsPost dutch = this.posts.saveAndFlush(post().in(Language.NL).slug("lancering").translating(french).build());
		this.posts.save(post().in(Language.EN).slug("launch").translating(french).draft().build());

		assertThat(this.posts.findVisibleTranslations(french.getTranslationGroup(), NOW))
			.extracting(TranslatedSlug::language)
			.containsExactlyInAnyOrder(Language.FR, Language.NL);
		assertThat(dutch.getSourceId()).isEqualTo(french.getId());
		assertThat(dutch.getSourceVersion()).isEqualTo(french.getVersion());
	}

	@Test
	void aSlugIsUniquePerLanguageButMayRepeatAcrossLanguages() {
		this.posts.saveAndFlush(post().slug("podcast").build());
		this.posts.saveAndFlush(post().in(Language.EN).slug("podcast").build());

		Assertions.assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.posts.saveAndFlush(post().slug("podcast").build()));
	}

	@Test
	void anOldSlugStillFindsThePostUnderItsNewOne() {
		NewsPost post = this.posts.saveAndFlush(post().slug("ancien-titre").build());
		post.changeSlug("nouveau-titre");
		this.posts.saveAndFlush(post);
		this.entities.clear();

		assertThat(this.posts.findVisible(Language.FR, "ancien-titre", NOW)).isEmpty();
		assertThat(this.posts.findVisibleByOldSlug(Language.FR, "ancien-titre", NOW, Limit.of(1)))
			.extracting(NewsPost::getSlug)
			.containsExactly("nouveau-titre");
	}

	@Test
	void postsAreListedByTagAndByYearInBrusselsTime() {
		Tag tag = this.entities.persist(new Tag(UUID.randomUUID(), Language.FR, "sante", "Santé"));
		// 31 December 2025 at 23:30 UTC is already 2026 in Brussels.
		Instant newYearInBrussels = Instant.parse("2025-12-31T23:30:00Z");
		this.posts.save(post().slug("nouvel-an").publishedAt(newYearInBrussels).tagged(tag).build());
		this.posts.save(post().slug("sans-sujet").publishedAt(Instant.parse("2025-06-01T10:00:00Z")).build());

		assertThat(this.posts.findVisibleCardsByTag(tag, NOW, PageRequest.of(0, 10))).extracting(NewsCard::slug)
			.containsExactly("nouvel-an");
		assertThat(this.posts.findVisibleByTag(tag, NOW, Limit.of(10))).extracting(NewsPost::getSlug)
			.containsExactly("nouvel-an");
		Instant from2026 = Instant.parse("2025-12-31T23:00:00Z");
		Instant from2027 = Instant.parse("2026-12-31T23:00:00Z");
		assertThat(this.posts.findVisibleCardsBetween(Language.FR, from2026, from2027, NOW, PageRequest.of(0, 10)))
			.extracting(NewsCard::slug)
			.containsExactly("nouvel-an");
	}

	@Test
	void previousAndNextFollowThePublicationOrder() {
		this.posts.save(post().slug("premier").title("Premier").publishedAt(NOW.minus(Duration.ofDays(3))).build());
		NewsPost second = this.posts.save(post().slug("deuxieme").publishedAt(NOW.minus(Duration.ofDays(2))).build());
		this.posts.save(post().slug("futur").publishedAt(NOW.plus(Duration.ofDays(2))).build());

		assertThat(this.posts.findVisibleBefore(Language.FR, second.getPublishedAt(), second.getId(), NOW, Limit.of(1)))
			.containsExactly(new Neighbour("Premier", "premier"));
		assertThat(this.posts.findVisibleAfter(Language.FR, second.getPublishedAt(), second.getId(), NOW, Limit.of(1)))
			.isEmpty();
	}

}
