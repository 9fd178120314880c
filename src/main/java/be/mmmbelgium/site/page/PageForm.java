package be.mmmbelgium.site.page;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import be.mmmbelgium.site.system.Language;
import be.mmmbelgium.site.system.SitePaths;

/**
 * An institutional page as the back-office form edits it: its text, and its place in the
 * site (parent page, menu).
 */
class PageForm {

	@NotNull
	private Language language = Language.DEFAULT;

	@NotBlank
	@Size(max = 200)
	private String title = "";

	@Size(max = 200)
	@Pattern(regexp = "|" + SitePaths.SLUG_PATTERN, message = "{news.slug.invalid}")
	private String slug = "";

	@Size(max = 500)
	private String summary = "";

	@Size(max = 200_000)
	private String body = "";

	/** The page this one sits under; none for a top-level page. */
	private Long parentId;

	private boolean inMenu;

	@Min(0)
	@Max(10_000)
	private int menuOrder;

	private Long version;

	static PageForm of(Page page) {
		PageForm form = new PageForm();
		form.language = page.getLanguage();
		form.title = page.getTitle();
		form.slug = page.getSlug();
		form.summary = page.getSummary();
		form.body = page.getBody().getMarkdown();
		form.parentId = page.getParent() == null ? null : page.getParent().getId();
		form.inMenu = page.isInMenu();
		form.menuOrder = page.getMenuOrder();
		form.version = page.getVersion();
		return form;
	}

	public Language getLanguage() {
		return this.language;
	}

	public void setLanguage(Language language) {
		this.language = language;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title == null ? "" : title.strip();
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug == null ? "" : slug.strip();
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary == null ? "" : summary.strip();
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body == null ? "" : body;
	}

	public Long getParentId() {
		return this.parentId;
	}

	public void setParentId(Long parentId) {
		this.parentId = parentId;
	}

	public boolean isInMenu() {
		return this.inMenu;
	}

	public void setInMenu(boolean inMenu) {
		this.inMenu = inMenu;
	}

	public int getMenuOrder() {
		return this.menuOrder;
	}

	public void setMenuOrder(int menuOrder) {
		this.menuOrder = menuOrder;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
