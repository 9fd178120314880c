package be.mmmbelgium.site.news;

import java.time.LocalDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import be.mmmbelgium.site.system.Language;
import be.mmmbelgium.site.system.SitePaths;

/**
 * A news post as the back-office form edits it. The publication date and time are those of
 * Brussels; the version is the one the form was opened on, so that a save over someone
 * else's change is noticed.
 */
class NewsPostForm {

	@NotNull
	private Language language = Language.DEFAULT;

	@NotBlank
	@Size(max = 200)
	private String title = "";

	/** Made from the title when left empty. */
	@Size(max = 200)
	@Pattern(regexp = "|" + SitePaths.SLUG_PATTERN, message = "{news.slug.invalid}")
	private String slug = "";

	@Size(max = 500)
	private String excerpt = "";

	@Size(max = 100_000)
	private String body = "";

	/** Subjects, separated by commas: existing ones are reused, new ones created. */
	@Size(max = 1000)
	private String tags = "";

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private LocalDateTime publishAt;

	private Long version;

	static NewsPostForm of(NewsPost post) {
		NewsPostForm form = new NewsPostForm();
		form.language = post.getLanguage();
		form.title = post.getTitle();
		form.slug = post.getSlug();
		form.excerpt = post.getExcerpt();
		form.body = post.getBody().getMarkdown();
		form.publishAt = post.getPublishedAt() == null ? null
				: LocalDateTime.ofInstant(post.getPublishedAt(), be.mmmbelgium.site.system.SiteTime.ZONE);
		form.version = post.getVersion();
		form.tags = post.getTags().stream().map(Tag::getName).sorted().collect(java.util.stream.Collectors.joining(", "));
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
		this.title = title;
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug == null ? "" : slug.strip();
	}

	public String getExcerpt() {
		return this.excerpt;
	}

	public void setExcerpt(String excerpt) {
		this.excerpt = excerpt;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public String getTags() {
		return this.tags;
	}

	public void setTags(String tags) {
		this.tags = tags == null ? "" : tags;
	}

	/** The subjects named, trimmed, without blanks or repeats. */
	java.util.List<String> tagNames() {
		return java.util.Arrays.stream(this.tags.split(","))
			.map(String::strip)
			.filter((name) -> !name.isEmpty() && name.length() <= 100)
			.distinct()
			.toList();
	}

	public LocalDateTime getPublishAt() {
		return this.publishAt;
	}

	public void setPublishAt(LocalDateTime publishAt) {
		this.publishAt = publishAt;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
