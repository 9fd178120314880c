package be.mmmbelgium.site.page;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

import be.mmmbelgium.site.content.TranslatedSlug;
import be.mmmbelgium.site.test.PostgresDataJpaTest;
import be.mmmbelgium.site.web.Language;

import static be.mmmbelgium.site.page.PageBuilder.page;
import static be.mmmbelgium.site.test.Builders.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The publication rules and translations of institutional pages, on PostgreSQL.
 */
@PostgresDataJpaTest
class PageRepositoryIntegrationTest {

	@Autowired
	PageRepository pages;

	@Test
	void aPageIsFoundByItsKeyInEachLanguageOnceItIsPublished() {
		Page french = this.pages.saveAndFlush(page().key(PageKey.CHARTER).slug("charte").build());
		this.pages
			.save(page().in(Language.NL).translating(french).key(PageKey.CHARTER).slug("handvest").draft().build());
		this.pages.save(page().in(Language.EN)
			.translating(french)
			.key(PageKey.CHARTER)
			.slug("charter")
			.publishedAt(NOW.plus(Duration.ofMinutes(1)))
			.build());

		List<String> keys = List.of("charter", "contact");
		assertThat(this.pages.findVisibleCardsByKeys(Language.FR, keys, NOW)).extracting(PageCard::slug)
			.containsExactly("charte");
		assertThat(this.pages.findVisibleCardsByKeys(Language.NL, keys, NOW)).isEmpty();
		assertThat(this.pages.findVisibleCardsByKeys(Language.EN, keys, NOW)).isEmpty();
		assertThat(this.pages.findVisibleCardsByKeys(Language.EN, keys, NOW.plus(Duration.ofMinutes(1))))
			.extracting(PageCard::pageKey)
			.containsExactly("charter");
		assertThat(this.pages.findVisibleTranslations(french.getTranslationGroup(), NOW))
			.containsExactly(new TranslatedSlug(Language.FR, "charte"));
	}

	@Test
	void aKeyIsUniqueInALanguage() {
		this.pages.saveAndFlush(page().key(PageKey.CONTACT).slug("contact").build());

		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.pages.saveAndFlush(page().key(PageKey.CONTACT).slug("nous-ecrire").build()));
	}

	@Test
	void theOutlineHoldsTheVisiblePagesOfALanguageInMenuOrder() {
		Page about = this.pages.save(page().slug("a-propos").title("À propos").menu(true, 2).build());
		this.pages.save(page().slug("mission").under(about).menu(true, 1).build());
		this.pages.save(page().slug("accueil-brouillon").menu(true, 0).draft().build());
		this.pages.save(page().in(Language.NL).slug("over-ons").menu(true, 1).build());
		this.pages.save(page().slug("contact").menu(true, 30).build());

		assertThat(this.pages.findVisibleOutline(Language.FR, NOW)).extracting(OutlineEntry::slug)
			.containsExactly("mission", "a-propos", "contact");
		assertThat(this.pages.findVisibleOutline(Language.FR, NOW).get(0)).as("mission, under about")
			.returns(about.getId(), OutlineEntry::parentId)
			.returns(true, OutlineEntry::inMenu)
			.returns(1, OutlineEntry::menuOrder);
		assertThat(this.pages.findVisibleChildren(about, NOW)).extracting(Page::getSlug).containsExactly("mission");
	}

	@Test
	void theChildrenOfAKeyedPageAreItsVisibleSubPagesWhileItIsVisibleItself() {
		Page themes = this.pages.save(page().key(PageKey.THEMES).slug("themes").build());
		this.pages.save(page().slug("sante").title("Santé").under(themes).menu(true, 2).build());
		this.pages.save(page().slug("economie").title("Économie").under(themes).menu(true, 1).build());
		this.pages.save(page().slug("paix").under(themes).menu(true, 3).draft().build());
		Page draftThemes = this.pages.save(page().in(Language.NL).key(PageKey.THEMES).slug("themas").draft().build());
		this.pages.save(page().in(Language.NL).slug("gezondheid").under(draftThemes).build());

		assertThat(this.pages.findVisibleChildCards(Language.FR, "themes", NOW)).extracting(PageCard::slug)
			.containsExactly("economie", "sante");
		assertThat(this.pages.findVisibleChildCards(Language.NL, "themes", NOW)).isEmpty();
	}

	@Test
	void aPageAndItsParentShareTheirLanguage() {
		Page french = this.pages.save(page().slug("parent").build());

		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> page().in(Language.NL).under(french).build());
	}

}
