package be.mmmbelgium.site.page;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.hibernate.Hibernate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.mmmbelgium.site.account.AccountPrincipal;
import be.mmmbelgium.site.account.Role;
import be.mmmbelgium.site.content.ContentEditing;
import be.mmmbelgium.site.content.ContentEditor;
import be.mmmbelgium.site.content.ListFilter;
import be.mmmbelgium.site.content.MarkdownRenderer;
import be.mmmbelgium.site.content.Revision;
import be.mmmbelgium.site.content.RevisionDetails;
import be.mmmbelgium.site.content.Status;
import be.mmmbelgium.site.media.Attachments;
import be.mmmbelgium.site.web.ContentNotFoundException;
import be.mmmbelgium.site.web.Language;
import be.mmmbelgium.site.web.SitePaths;

/**
 * The institutional pages (mission, charter, statutes, themes, privacy), which admins,
 * the board, write and publish.
 */
@Service
@Transactional
public class PageEditor extends ContentEditor<Page, PageForm> {

	static final String CONTENT_TYPE = "page";

	private final PageRepository pages;

	private final MarkdownRenderer markdown;

	private final SitePaths paths;

	private final Attachments attachments;

	PageEditor(PageRepository pages, ContentEditing editing, MarkdownRenderer markdown, SitePaths paths,
			Attachments attachments) {
		super(pages, editing);
		this.attachments = attachments;
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
		Attachments.load(page);
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

	/**
	 * The pages as the site's outline: by language, each followed by the pages under it,
	 * in the order of the menu; those the list's filter accepts.
	 */
	@Transactional(readOnly = true)
	public List<Page> outline(ListFilter filter) {
		List<Page> all = this.pages.findAllByOrderByLanguageAscMenuOrderAscTitleAsc();
		Instant now = now();
		List<Page> outline = new ArrayList<>();
		for (Page page : all) {
			if (page.getParent() == null) {
				addWithChildren(page, all, outline);
			}
		}
		return outline.stream().filter((page) -> filter.accepts(page, now)).toList();
	}

	private static void addWithChildren(Page page, List<Page> all, List<Page> outline) {
		outline.add(page);
		all.stream()
			.filter((child) -> child.getParent() != null && child.getParent().getId().equals(page.getId()))
			.forEach((child) -> addWithChildren(child, all, outline));
	}

	/**
	 * The pages that share a page's place (its language and parent), in menu order, the
	 * trash aside.
	 */
	private List<Page> siblingsOf(Language language, @Nullable Page parent) {
		return siblingsAmong(this.pages.findAllByOrderByLanguageAscMenuOrderAscTitleAsc(), language, parent);
	}

	private static List<Page> siblingsAmong(List<Page> all, Language language, @Nullable Page parent) {
		return all.stream()
			.filter((other) -> other.getLanguage() == language && other.getStatus() != Status.TRASHED
					&& Objects.equals(other.getParent() == null ? null : other.getParent().getId(),
							parent == null ? null : parent.getId()))
			.toList();
	}

	/**
	 * Whether each page can move up or down among the pages that share its place, by id.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Moves> movesOf(List<Page> shown) {
		Map<Long, Moves> moves = new HashMap<>();
		List<Page> all = this.pages.findAllByOrderByLanguageAscMenuOrderAscTitleAsc();
		for (Page page : shown) {
			List<Long> siblings = siblingsAmong(all, page.getLanguage(), page.getParent()).stream()
				.map(Page::getId)
				.toList();
			int index = siblings.indexOf(page.getId());
			moves.put(page.getId(), new Moves(index > 0, index >= 0 && index < siblings.size() - 1));
		}
		return moves;
	}

	/**
	 * Where a page can move among its neighbours.
	 *
	 * @param up whether the page can move up
	 * @param down whether it can move down
	 */
	public record Moves(boolean up, boolean down) {
	}

	/**
	 * Moves a page one place up or down among the pages that share its place in the menu:
	 * it changes places with its neighbour.
	 */
	public void move(long id, boolean up, AccountPrincipal who) {
		requirePublisher(who);
		Page page = get(id);
		List<Page> siblings = new ArrayList<>(siblingsOf(page.getLanguage(), page.getParent()));
		int index = siblings.indexOf(siblings.stream().filter((p) -> p.getId().equals(id)).findFirst().orElseThrow());
		int other = up ? index - 1 : index + 1;
		if (other < 0 || other >= siblings.size()) {
			return;
		}
		Collections.swap(siblings, index, other);
		// Numbered again in steps of ten: places are distinct, and only those that moved
		// change.
		for (int place = 0; place < siblings.size(); place++) {
			Page sibling = siblings.get(place);
			if (sibling.getMenuOrder() != (place + 1) * 10) {
				sibling.placeInMenu(sibling.isInMenu(), (place + 1) * 10);
			}
		}
		recordChange(page, who, up ? "moved up" : "moved down");
	}

	/** The place after the last page that shares a place in the menu. */
	private int lastPlace(Language language, @Nullable Page parent) {
		return siblingsOf(language, parent).stream().mapToInt(Page::getMenuOrder).max().orElse(0) + 10;
	}

	/** The pages of a language another page may sit under. */
	@Transactional(readOnly = true)
	public List<Page> parentsFor(Language language, @Nullable Long excluded) {
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
		Page parent = form.getParentId() == null ? null
				: this.pages.findById(form.getParentId()).orElseThrow(() -> new ContentNotFoundException("Page"));
		for (Page above = parent; above != null; above = above.getParent()) {
			if (above.getId().equals(page.getId())) {
				throw new ParentLoop();
			}
		}
		// A new page, or one moved under another, comes last among its new neighbours;
		// its place among them changes with the list's up and down buttons.
		boolean placed = page.getId() != null && Objects
			.equals(page.getParent() == null ? null : page.getParent().getId(), parent == null ? null : parent.getId());
		page.placeInMenu(form.isInMenu(), placed ? page.getMenuOrder() : lastPlace(page.getLanguage(), parent));
		page.setParent(parent);
		this.attachments.apply(form, page);
	}

	@Override
	protected Page newTranslation(Page source, Language language, String slug) {
		Page translation = new Page(source.getTranslationGroup(), language, slug, source.getTitle());
		translation.setSummary(source.getSummary());
		translation.setBody(source.getBody());
		translation.placeInMenu(source.isInMenu(), source.getMenuOrder());
		Attachments.copy(source, translation);
		// The site finds some pages by their key (the contact page, the themes) in every
		// language.
		PageKey.fromId(source.getPageKey()).ifPresent(translation::setPageKey);
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
			.with("parent",
					page.getParent() == null ? null : page.getParent().getId() + " " + page.getParent().getTitle())
			.with("inMenu", page.isInMenu());
		Attachments.addTo(details, page);
		return new Revision.Snapshot(page.getTitle(), page.getSlug(), page.getSummary(), page.getBody().getMarkdown(),
				details.text());
	}

	/**
	 * Brings back the text and the page's place in the menu; its parent when that page
	 * still exists.
	 */
	@Override
	protected void restoreText(Page page, Revision.Snapshot snapshot) {
		page.setSummary(snapshot.summary());
		page.setBody(this.markdown.render(snapshot.bodyMarkdown()));
		Map<String, List<String>> details = RevisionDetails.parse(snapshot.details());
		if (details.isEmpty()) {
			return;
		}
		// Its place among its neighbours is not the text's: it stays where the list put
		// it.
		page.placeInMenu(RevisionDetails.first(details, "inMenu").map(Boolean::parseBoolean).orElse(page.isInMenu()),
				page.getMenuOrder());
		Page parent = RevisionDetails.first(details, "parent")
			.flatMap(RevisionDetails::idOf)
			.flatMap(this.pages::findById)
			.filter((found) -> found.getLanguage() == page.getLanguage() && !found.getId().equals(page.getId()))
			.orElse(null);
		page.setParent(parent);
		this.attachments.restore(page, details);
	}

	/** The sub-pages of a page deleted for good move up to the top level. */
	@Override
	protected void beforeDelete(Page page, AccountPrincipal who) {
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
