package be.mmmbelgium.site.page;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import be.mmmbelgium.site.test.Builders;
import be.mmmbelgium.site.web.Language;

/**
 * Builds institutional pages for tests: {@code page().key(PageKey.MISSION).build()}.
 */
public final class PageBuilder {

	private UUID group = UUID.randomUUID();

	private Language language = Language.FR;

	private String slug = "page-" + UUID.randomUUID().toString().substring(0, 8);

	private String title = "Une page";

	private String summary = "En résumé.";

	private String body = "Le contenu de la page.";

	private PageKey key;

	private Page parent;

	private boolean inMenu = true;

	private int order;

	private Instant publishedAt = Builders.NOW.minus(Duration.ofDays(30));

	private boolean draft;

	private PageBuilder() {
	}

	public static PageBuilder page() {
		return new PageBuilder();
	}

	public PageBuilder in(Language language) {
		this.language = language;
		return this;
	}

	public PageBuilder translating(Page source) {
		this.group = source.getTranslationGroup();
		return this;
	}

	public PageBuilder slug(String slug) {
		this.slug = slug;
		return this;
	}

	public PageBuilder title(String title) {
		this.title = title;
		return this;
	}

	public PageBuilder summary(String summary) {
		this.summary = summary;
		return this;
	}

	public PageBuilder body(String markdown) {
		this.body = markdown;
		return this;
	}

	public PageBuilder key(PageKey key) {
		this.key = key;
		return this;
	}

	public PageBuilder under(Page parent) {
		this.parent = parent;
		return this;
	}

	public PageBuilder menu(boolean inMenu, int order) {
		this.inMenu = inMenu;
		this.order = order;
		return this;
	}

	public PageBuilder publishedAt(Instant instant) {
		this.publishedAt = instant;
		this.draft = false;
		return this;
	}

	public PageBuilder draft() {
		this.draft = true;
		return this;
	}

	public Page build() {
		Page page = new Page(this.group, this.language, this.slug, this.title);
		page.setSummary(this.summary);
		page.setBody(Builders.MARKDOWN.render(this.body));
		page.setPageKey(this.key);
		page.setParent(this.parent);
		page.placeInMenu(this.inMenu, this.order);
		if (!this.draft) {
			page.publish(this.publishedAt);
		}
		return page;
	}

}
