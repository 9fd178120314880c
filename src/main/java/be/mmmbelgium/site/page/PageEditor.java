package be.mmmbelgium.site.page;

import java.util.List;
import java.util.Map;

import org.hibernate.Hibernate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.mmmbelgium.site.account.AccountPrincipal;
import be.mmmbelgium.site.account.Role;
import be.mmmbelgium.site.content.ContentEditing;
import be.mmmbelgium.site.content.ContentEditor;
import be.mmmbelgium.site.content.MarkdownRenderer;
import be.mmmbelgium.site.content.Revision;
import be.mmmbelgium.site.content.RevisionDetails;
import be.mmmbelgium.site.content.Slugs;
import be.mmmbelgium.site.system.ContentNotFoundException;
import be.mmmbelgium.site.system.Language;
import be.mmmbelgium.site.system.SitePaths;

/**
 * The institutional pages (mission, charter, statutes, themes, privacy), which admins, the
 * board, write and publish.
 */
@Service
@Transactional
public class PageEditor extends ContentEditor<Page, PageForm> {

	static final String CONTENT_TYPE = "page";

	private final PageRepository pages;

	private final MarkdownRenderer markdown;

	private final SitePaths paths;

	PageEditor(PageRepository pages, ContentEditing editing, MarkdownRenderer markdown, SitePaths paths) {
		super(pages, editing);
		this.pages = pages;
		this.markdown = markdown;
		this.paths = paths;
	}

	@Override
	protected void load(Page page) {
		// The whole line of parents: a preview shows them as breadcrumbs.
		for (Page above = page; above.getParent() != null; above = above.getParent()) {
			Hibernate.initialize(above.getParent());
		}
	}

	@Override
	protected String formPath(Page item) {
		return PageAdminController.PATH + "/" + item.getId();
	}

	@Override
	protected String contentType() {
		return CONTENT_TYPE;
	}

	@Override
	protected Role writer() {
		return Role.ADMIN;
	}

	@Override
	protected Role publisher() {
		return Role.ADMIN;
	}

	/** Every page, by language and place in the menu. */
	@Transactional(readOnly = true)
	public List<Page> all() {
		return this.pages.findAllByOrderByLanguageAscMenuOrderAscTitleAsc();
	}

	/** The pages of a language another page may sit under. */
	@Transactional(readOnly = true)
	public List<Page> parentsFor(Language language, Long excluded) {
		return this.pages.findByLanguageOrderByTitle(language)
			.stream()
			.filter((page) -> !page.getId().equals(excluded))
			.toList();
	}

	@Override
	protected Page newItem(PageForm form, String slug) {
		return new Page(form.getLanguage(), slug, form.getTitle());
	}

	@Override
	protected String defaultSlug() {
		return "page";
	}


	@Override
	protected void apply(PageForm form, Page page) {
		page.setSummary(form.getSummary());
		page.setBody(this.markdown.render(form.getBody()));
		page.placeInMenu(form.isInMenu(), form.getMenuOrder());
		Page parent = form.getParentId() == null ? null
				: this.pages.findById(form.getParentId()).orElseThrow(() -> new ContentNotFoundException("Page"));
		for (Page above = parent; above != null; above = above.getParent()) {
			if (above.getId().equals(page.getId())) {
				throw new ParentLoop();
			}
		}
		page.setParent(parent);
	}

	@Override
	protected Page newTranslation(Page source, Language language, String slug) {
		Page translation = new Page(source.getTranslationGroup(), language, slug, source.getTitle());
		translation.setSummary(source.getSummary());
		translation.setBody(source.getBody());
		translation.placeInMenu(source.isInMenu(), source.getMenuOrder());
		// The site finds some pages by their key (the contact page, the themes) in every language.
		java.util.Arrays.stream(PageKey.values())
			.filter((key) -> key.id().equals(source.getPageKey()))
			.findFirst()
			.ifPresent(translation::setPageKey);
		if (source.getParent() != null) {
			this.pages.findByTranslationGroup(source.getParent().getTranslationGroup())
				.stream()
				.filter((parent) -> parent.getLanguage() == language)
				.findFirst()
				.ifPresent(translation::setParent);
		}
		return translation;
	}

	@Override
	protected Revision.Snapshot snapshot(Page page) {
		RevisionDetails details = RevisionDetails.start()
			.with("parent", page.getParent() == null ? null : page.getParent().getId() + " " + page.getParent().getTitle())
			.with("inMenu", page.isInMenu())
			.with("menuOrder", page.getMenuOrder());
		return new Revision.Snapshot(page.getTitle(), page.getSlug(), page.getSummary(), page.getBody().getMarkdown(),
				details.text());
	}

	/** Brings back the text and the page's place in the menu; its parent when that page still exists. */
	@Override
	protected void restoreText(Page page, Revision.Snapshot snapshot) {
		page.setSummary(snapshot.summary());
		page.setBody(this.markdown.render(snapshot.bodyMarkdown()));
		Map<String, List<String>> details = RevisionDetails.parse(snapshot.details());
		if (details.isEmpty()) {
			return;
		}
		page.placeInMenu(RevisionDetails.first(details, "inMenu").map(Boolean::parseBoolean).orElse(page.isInMenu()),
				RevisionDetails.first(details, "menuOrder").map(Integer::parseInt).orElse(page.getMenuOrder()));
		Page parent = RevisionDetails.first(details, "parent")
			.flatMap(RevisionDetails::idOf)
			.flatMap(this.pages::findById)
			.filter((found) -> found.getLanguage() == page.getLanguage() && !found.getId().equals(page.getId()))
			.orElse(null);
		page.setParent(parent);
	}

	/** The sub-pages of a page deleted for good move up to the top level. */
	@Override
	protected void beforeDelete(Page page, AccountPrincipal who, String clientAddress) {
		this.pages.findByParent(page).forEach((child) -> child.setParent(null));
		this.pages.flush();
	}

	@Override
	protected String publicPath(Page page, String slug) {
		return this.paths.page(page.getLanguage(), slug);
	}

	/** A page cannot sit under itself or under one of its own sub-pages. */
	static class ParentLoop extends RuntimeException {

		ParentLoop() {
			super("A page cannot sit under itself");
		}

	}

}
