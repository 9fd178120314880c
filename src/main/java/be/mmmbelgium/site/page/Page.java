package be.mmmbelgium.site.page;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;

import org.jspecify.annotations.Nullable;

import be.mmmbelgium.site.content.MarkdownText;
import be.mmmbelgium.site.content.SearchText;
import be.mmmbelgium.site.content.TranslatableContent;
import be.mmmbelgium.site.media.Attachment;
import be.mmmbelgium.site.media.HasAttachments;
import be.mmmbelgium.site.web.Language;

/**
 * An institutional page in one language. Pages form a tree through their parent, from
 * which the menus are built; a page with a {@link PageKey} plays a known role on the
 * site.
 */
@Entity
public class Page extends TranslatableContent implements HasAttachments {

	private @Nullable String pageKey;

	@ManyToOne(fetch = FetchType.LAZY)
	private @Nullable Page parent;

	@Column(nullable = false)
	private String summary = "";

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "markdown", column = @Column(name = "body_markdown")),
			@AttributeOverride(name = "html", column = @Column(name = "body_html")) })
	private MarkdownText body = MarkdownText.empty();

	private int menuOrder;

	private boolean inMenu;

	@ElementCollection
	@CollectionTable(name = "page_attachment", joinColumns = @JoinColumn(name = "page_id"))
	@OrderColumn(name = "position")
	private List<Attachment> attachments = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "page_slug_alias", joinColumns = @JoinColumn(name = "page_id"))
	@Column(name = "slug")
	private Set<String> oldSlugs = new HashSet<>();

	protected Page() {
	}

	@Override
	public List<Attachment> getAttachments() {
		return this.attachments;
	}

	public Page(Language language, String slug, String title) {
		super(language, slug, title);
	}

	public Page(UUID translationGroup, Language language, String slug, String title) {
		super(translationGroup, language, slug, title);
	}

	public @Nullable String getPageKey() {
		return this.pageKey;
	}

	public void setPageKey(@Nullable PageKey key) {
		this.pageKey = key == null ? null : key.id();
	}

	public @Nullable Page getParent() {
		return this.parent;
	}

	public void setParent(@Nullable Page parent) {
		if (parent != null && parent.getLanguage() != getLanguage()) {
			throw new IllegalArgumentException("A page and its parent are in the same language");
		}
		this.parent = parent;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(@Nullable String summary) {
		this.summary = summary == null ? "" : summary;
	}

	public MarkdownText getBody() {
		return this.body;
	}

	public void setBody(MarkdownText body) {
		this.body = body;
	}

	public int getMenuOrder() {
		return this.menuOrder;
	}

	public boolean isInMenu() {
		return this.inMenu;
	}

	public void placeInMenu(boolean inMenu, int order) {
		this.inMenu = inMenu;
		this.menuOrder = order;
	}

	@Override
	protected String searchableText() {
		return SearchText.join(this.summary, SearchText.plain(this.body.getHtml()));
	}

	@Override
	protected Set<String> oldSlugs() {
		return this.oldSlugs;
	}

}
