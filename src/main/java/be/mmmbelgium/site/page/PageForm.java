package be.mmmbelgium.site.page;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import be.mmmbelgium.site.content.AttachingContentForm;
import be.mmmbelgium.site.content.ImagesInLibrary;
import be.mmmbelgium.site.web.Language;

/**
 * An institutional page as the back-office form edits it: its text, and its place in the
 * site (parent page, menu).
 */
class PageForm extends AttachingContentForm {

	@NotNull
	private Language language = Language.DEFAULT;

	@Size(max = 500)
	private String summary = "";

	@Size(max = 200_000)
	@ImagesInLibrary
	private String body = "";

	/** The page this one sits under; none for a top-level page. */
	private @Nullable Long parentId;

	private boolean inMenu;

	static PageForm of(Page page) {
		PageForm form = new PageForm();
		form.fill(page);
		form.language = page.getLanguage();
		form.summary = page.getSummary();
		form.body = page.getBody().getMarkdown();
		form.parentId = page.getParent() == null ? null : page.getParent().getId();
		form.inMenu = page.isInMenu();
		page.getAttachments().forEach((attachment) -> form.keep(attachment.getFile().getId(), attachment.getTitle()));
		return form;
	}

	public Language getLanguage() {
		return this.language;
	}

	public void setLanguage(Language language) {
		this.language = language;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(@Nullable String summary) {
		this.summary = summary == null ? "" : summary.strip();
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(@Nullable String body) {
		this.body = body == null ? "" : body;
	}

	public @Nullable Long getParentId() {
		return this.parentId;
	}

	public void setParentId(@Nullable Long parentId) {
		this.parentId = parentId;
	}

	public boolean isInMenu() {
		return this.inMenu;
	}

	public void setInMenu(boolean inMenu) {
		this.inMenu = inMenu;
	}

}
