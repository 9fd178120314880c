package be.mmmbelgium.site.news;

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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;

import org.jspecify.annotations.Nullable;

import be.mmmbelgium.site.content.MarkdownText;
import be.mmmbelgium.site.content.SearchText;
import be.mmmbelgium.site.content.TranslatableContent;
import be.mmmbelgium.site.media.Attachment;
import be.mmmbelgium.site.media.HasAttachments;
import be.mmmbelgium.site.media.MediaFile;
import be.mmmbelgium.site.web.Language;

/**
 * A news post in one language.
 */
@Entity
public class NewsPost extends TranslatableContent implements HasAttachments {

	@Column(nullable = false)
	private String excerpt = "";

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "markdown", column = @Column(name = "body_markdown")),
			@AttributeOverride(name = "html", column = @Column(name = "body_html")) })
	private MarkdownText body = MarkdownText.empty();

	@ManyToOne(fetch = FetchType.LAZY)
	private @Nullable MediaFile cover;

	private @Nullable String coverAlt;

	private @Nullable String coverCaption;

	@ManyToMany
	@JoinTable(name = "news_post_tag", joinColumns = @JoinColumn(name = "post_id"),
			inverseJoinColumns = @JoinColumn(name = "tag_id"))
	private Set<Tag> tags = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "news_attachment", joinColumns = @JoinColumn(name = "post_id"))
	@OrderColumn(name = "position")
	private List<Attachment> attachments = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "news_post_slug_alias", joinColumns = @JoinColumn(name = "post_id"))
	@Column(name = "slug")
	private Set<String> oldSlugs = new HashSet<>();

	protected NewsPost() {
	}

	public NewsPost(Language language, String slug, String title) {
		super(language, slug, title);
	}

	public NewsPost(UUID translationGroup, Language language, String slug, String title) {
		super(translationGroup, language, slug, title);
	}

	public String getExcerpt() {
		return this.excerpt;
	}

	public void setExcerpt(@Nullable String excerpt) {
		this.excerpt = excerpt == null ? "" : excerpt;
	}

	public MarkdownText getBody() {
		return this.body;
	}

	public void setBody(MarkdownText body) {
		this.body = body;
	}

	public @Nullable MediaFile getCover() {
		return this.cover;
	}

	public @Nullable String getCoverAlt() {
		return this.coverAlt;
	}

	public @Nullable String getCoverCaption() {
		return this.coverCaption;
	}

	/** Sets the cover image; an image is always described for those who cannot see it. */
	public void setCover(@Nullable MediaFile cover, @Nullable String alt, @Nullable String caption) {
		if (cover != null && (alt == null || alt.isBlank())) {
			throw new IllegalArgumentException("A cover image needs an alternative text");
		}
		this.cover = cover;
		this.coverAlt = cover == null ? null : alt;
		this.coverCaption = cover == null || caption == null || caption.isBlank() ? null : caption;
	}

	public Set<Tag> getTags() {
		return this.tags;
	}

	public void tag(Tag tag) {
		if (tag.getLanguage() != getLanguage()) {
			throw new IllegalArgumentException("A post is tagged in its own language");
		}
		this.tags.add(tag);
	}

	@Override
	public List<Attachment> getAttachments() {
		return this.attachments;
	}

	@Override
	protected String searchableText() {
		return SearchText.join(this.excerpt, SearchText.plain(this.body.getHtml()));
	}

	@Override
	protected Set<String> oldSlugs() {
		return this.oldSlugs;
	}

}
