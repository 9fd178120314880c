package be.mmmbelgium.site.page;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.mmmbelgium.site.caching.ContentVersion;
import be.mmmbelgium.site.caching.PerContentVersion;
import be.mmmbelgium.site.content.Translations;
import be.mmmbelgium.site.media.Attachment;
import be.mmmbelgium.site.media.Attachments;
import be.mmmbelgium.site.web.Crumb;
import be.mmmbelgium.site.web.Language;
import be.mmmbelgium.site.web.SitePaths;

/**
 * The pages visitors may see now: published, and due.
 */
@Service
@Transactional(readOnly = true)
public class PublishedPages {

	/** Where the news and podcast sections sit among the top-level pages of the menu. */
	static final int NEWS_MENU_ORDER = 10;

	static final int PODCASTS_MENU_ORDER = 20;

	private final PageRepository pages;

	private final SitePaths paths;

	private final Clock clock;

	/**
	 * Each language's menu: every public page shows it, and it changes with the pages.
	 */
	private final PerContentVersion<Language, Menu> menus;

	PublishedPages(PageRepository pages, SitePaths paths, Clock clock, ContentVersion version) {
		this.pages = pages;
		this.paths = paths;
		this.clock = clock;
		this.menus = new PerContentVersion<>(version, clock, this::buildMenu);
	}

	public Optional<PageView> find(Language language, String slug) {
		return this.pages.findVisible(language, slug, now()).map(this::view);
	}

	/** A page as it will show once published, whatever its state now. */
	public PageView preview(Page page) {
		return view(page);
	}

	/** The current address of a page that used to answer to {@code oldSlug}. */
	public Optional<String> findMovedPath(Language language, String oldSlug) {
		return this.pages.findVisibleByOldSlug(language, oldSlug, now(), Limit.of(1))
			.stream()
			.findFirst()
			.map((page) -> this.paths.page(language, page.getSlug()));
	}

	/**
	 * The visible pages of these keys, as cards, by key; a key without one is left out.
	 */
	public Map<PageKey, PageCard> cardsByKey(Language language, Set<PageKey> keys) {
		Map<PageKey, PageCard> cards = new EnumMap<>(PageKey.class);
		for (PageCard card : this.pages.findVisibleCardsByKeys(language, keys.stream().map(PageKey::id).toList(),
				now())) {
			PageKey.fromId(card.pageKey()).ifPresent((key) -> cards.put(key, card));
		}
		return cards;
	}

	/** The visible pages under the page with {@code key}, such as the three themes. */
	public List<PageCard> childrenOf(Language language, PageKey key) {
		return this.pages.findVisibleChildCards(language, key.id(), now());
	}

	public Menu menu(Language language) {
		return this.menus.get(language);
	}

	private Menu buildMenu(Language language) {
		List<OutlineEntry> outline = this.pages.findVisibleOutline(language, now());
		List<OutlineEntry> inMenu = outline.stream().filter(OutlineEntry::inMenu).toList();
		List<Menu.Item> items = new ArrayList<>();
		for (OutlineEntry page : inMenu) {
			if (page.isTopLevel()) {
				List<Menu.Item> children = inMenu.stream()
					.filter((child) -> child.isUnder(page))
					.map((child) -> item(child, List.of()))
					.toList();
				items.add(item(page, children));
			}
		}
		items.add(Menu.Item.section("nav.news", this.paths.news(language), NEWS_MENU_ORDER));
		items.add(Menu.Item.section("nav.podcasts", this.paths.podcasts(language), PODCASTS_MENU_ORDER));
		items.sort(Comparator.comparingInt(Menu.Item::order));
		List<Menu.Item> footer = outline.stream()
			.filter((page) -> page.isTopLevel() && !page.inMenu())
			.map((page) -> item(page, List.of()))
			.toList();
		return new Menu(List.copyOf(items), footer);
	}

	private Menu.Item item(OutlineEntry page, List<Menu.Item> children) {
		return new Menu.Item(page.title(), this.paths.page(page.language(), page.slug()), false, page.menuOrder(),
				children);
	}

	private PageView view(Page page) {
		List<Crumb> breadcrumbs = new ArrayList<>();
		for (Page parent = page.getParent(); parent != null; parent = parent.getParent()) {
			if (parent.isVisibleAt(now())) {
				breadcrumbs.add(0,
						Crumb.text(parent.getTitle(), this.paths.page(parent.getLanguage(), parent.getSlug())));
			}
		}
		Map<Language, String> translations = Translations
			.paths(this.pages.findVisibleTranslations(page.getTranslationGroup(), now()), this.paths::page);
		return new PageView(page, breadcrumbs, this.pages.findVisibleChildren(page, now()), translations,
				Attachments.load(page));
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

	/**
	 * A page with what its template shows around it.
	 *
	 * @param page the page itself
	 * @param breadcrumbs its visible ancestors, the top-level one first
	 * @param children its visible sub-pages, in menu order
	 * @param translations the path of each visible translation, its own included
	 */
	public record PageView(Page page, List<Crumb> breadcrumbs, List<Page> children, Map<Language, String> translations,
			List<Attachment> attachments) {

		/** Whether this is the contact page, which shows the association's address. */
		public boolean isContact() {
			return PageKey.CONTACT.id().equals(this.page.getPageKey());
		}

	}

}
