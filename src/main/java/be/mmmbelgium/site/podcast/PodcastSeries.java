package be.mmmbelgium.site.podcast;

import java.util.HashSet;
import java.util.Objects;
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

import org.jspecify.annotations.Nullable;

import be.mmmbelgium.site.content.MarkdownText;
import be.mmmbelgium.site.content.SearchText;
import be.mmmbelgium.site.content.TranslatableContent;
import be.mmmbelgium.site.media.MediaFile;
import be.mmmbelgium.site.web.Language;

/**
 * A podcast series presented in one language, with what podcast directories ask of a
 * show. The spoken language of its episodes may differ from the language of the
 * presentation.
 */
@Entity
public class PodcastSeries extends TranslatableContent {

	@Column(nullable = false)
	private String summary = "";

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "markdown", column = @Column(name = "description_markdown")),
			@AttributeOverride(name = "html", column = @Column(name = "description_html")) })
	private MarkdownText description = MarkdownText.empty();

	@Column(nullable = false)
	private String author = "";

	private @Nullable String ownerName;

	private @Nullable String ownerEmail;

	@ManyToOne(fetch = FetchType.LAZY)
	private @Nullable MediaFile cover;

	private @Nullable String category;

	private @Nullable String subcategory;

	private boolean explicit;

	@Column(nullable = false)
	private Language audioLanguage;

	@ElementCollection
	@CollectionTable(name = "podcast_series_slug_alias", joinColumns = @JoinColumn(name = "series_id"))
	@Column(name = "slug")
	private Set<String> oldSlugs = new HashSet<>();

	protected PodcastSeries() {
	}

	public PodcastSeries(UUID translationGroup, Language language, String slug, String title, Language audioLanguage) {
		super(translationGroup, language, slug, title);
		this.audioLanguage = audioLanguage;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(@Nullable String summary) {
		this.summary = summary == null ? "" : summary;
	}

	public MarkdownText getDescription() {
		return this.description;
	}

	public void setDescription(MarkdownText description) {
		this.description = description;
	}

	public String getAuthor() {
		return this.author;
	}

	public @Nullable String getOwnerName() {
		return this.ownerName;
	}

	public @Nullable String getOwnerEmail() {
		return this.ownerEmail;
	}

	public void setDirectoryDetails(@Nullable String author, @Nullable String ownerName, @Nullable String ownerEmail) {
		this.author = author == null ? "" : author;
		this.ownerName = ownerName;
		this.ownerEmail = ownerEmail;
	}

	public @Nullable MediaFile getCover() {
		return this.cover;
	}

	public void setCover(@Nullable MediaFile cover) {
		this.cover = cover;
	}

	public @Nullable String getCategory() {
		return this.category;
	}

	public @Nullable String getSubcategory() {
		return this.subcategory;
	}

	public void categorise(@Nullable String category, @Nullable String subcategory) {
		this.category = category;
		this.subcategory = subcategory;
	}

	public boolean isExplicit() {
		return this.explicit;
	}

	public void setExplicit(boolean explicit) {
		this.explicit = explicit;
	}

	public void setAudioLanguage(Language audioLanguage) {
		this.audioLanguage = Objects.requireNonNull(audioLanguage);
	}

	public Language getAudioLanguage() {
		return this.audioLanguage;
	}

	@Override
	protected String searchableText() {
		return SearchText.join(this.summary, SearchText.plain(this.description.getHtml()));
	}

	@Override
	protected Set<String> oldSlugs() {
		return this.oldSlugs;
	}

}
