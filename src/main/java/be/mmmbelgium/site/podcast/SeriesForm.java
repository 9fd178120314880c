package be.mmmbelgium.site.podcast;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import be.mmmbelgium.site.content.ContentForm;
import be.mmmbelgium.site.content.ImagesInLibrary;
import be.mmmbelgium.site.web.Language;

/**
 * The settings of a podcast series as the back-office form edits them: what podcast apps
 * show of it (title, description, author, owner, square cover, category, language,
 * explicit).
 */
class SeriesForm extends ContentForm {

	@NotNull
	private Language language = Language.DEFAULT;

	@Size(max = 500)
	private String summary = "";

	@Size(max = 20_000)
	@ImagesInLibrary
	private String description = "";

	@NotBlank
	@Size(max = 200)
	private String author = "";

	@Size(max = 200)
	private String ownerName = "";

	@NotBlank
	@Email
	@Size(max = 200)
	private String ownerEmail = "";

	private @Nullable Long coverId;

	@NotBlank
	@Size(max = 100)
	private String category = "";

	@Size(max = 100)
	private String subcategory = "";

	private boolean explicit;

	@NotNull
	private Language audioLanguage = Language.DEFAULT;

	static SeriesForm of(PodcastSeries series) {
		SeriesForm form = new SeriesForm();
		form.fill(series);
		form.language = series.getLanguage();
		form.summary = series.getSummary();
		form.description = series.getDescription().getMarkdown();
		form.author = series.getAuthor();
		form.ownerName = series.getOwnerName() == null ? "" : series.getOwnerName();
		form.ownerEmail = series.getOwnerEmail() == null ? "" : series.getOwnerEmail();
		form.coverId = series.getCover() == null ? null : series.getCover().getId();
		form.category = series.getCategory() == null ? "" : series.getCategory();
		form.subcategory = series.getSubcategory() == null ? "" : series.getSubcategory();
		form.explicit = series.isExplicit();
		form.audioLanguage = series.getAudioLanguage();
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

	public String getDescription() {
		return this.description;
	}

	public void setDescription(@Nullable String description) {
		this.description = description == null ? "" : description;
	}

	public String getAuthor() {
		return this.author;
	}

	public void setAuthor(@Nullable String author) {
		this.author = author == null ? "" : author.strip();
	}

	public String getOwnerName() {
		return this.ownerName;
	}

	public void setOwnerName(@Nullable String ownerName) {
		this.ownerName = ownerName == null ? "" : ownerName.strip();
	}

	public String getOwnerEmail() {
		return this.ownerEmail;
	}

	public void setOwnerEmail(@Nullable String ownerEmail) {
		this.ownerEmail = ownerEmail == null ? "" : ownerEmail.strip();
	}

	public @Nullable Long getCoverId() {
		return this.coverId;
	}

	public void setCoverId(@Nullable Long coverId) {
		this.coverId = coverId;
	}

	public String getCategory() {
		return this.category;
	}

	public void setCategory(@Nullable String category) {
		this.category = category == null ? "" : category.strip();
	}

	public String getSubcategory() {
		return this.subcategory;
	}

	public void setSubcategory(@Nullable String subcategory) {
		this.subcategory = subcategory == null ? "" : subcategory.strip();
	}

	public boolean isExplicit() {
		return this.explicit;
	}

	public void setExplicit(boolean explicit) {
		this.explicit = explicit;
	}

	public Language getAudioLanguage() {
		return this.audioLanguage;
	}

	public void setAudioLanguage(Language audioLanguage) {
		this.audioLanguage = audioLanguage;
	}

}
