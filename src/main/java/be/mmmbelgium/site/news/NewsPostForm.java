package be.mmmbelgium.site.news;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import be.mmmbelgium.site.content.AttachingContentForm;
import be.mmmbelgium.site.content.ImagesInLibrary;
import be.mmmbelgium.site.web.Language;

/**
 * A news post as the back-office form edits it. The publication date and time are those
 * of Brussels; the version is the one the form was opened on, so that a save over someone
 * else's change is noticed.
 */
class NewsPostForm extends AttachingContentForm {

	@NotNull
	private Language language = Language.DEFAULT;

	@Size(max = 500)
	private String excerpt = "";

	@Size(max = 100_000)
	@ImagesInLibrary
	private String body = "";

	/** Subjects, separated by commas: existing ones are reused, new ones created. */
	@Size(max = 1000)
	private String tags = "";

	/** The cover image, from the library or just uploaded; none when null. */
	private @Nullable Long coverId;

	/** Describes the cover for those who cannot see it; required with a cover. */
	@Size(max = 300)
	private String coverAlt = "";

	@Size(max = 300)
	private String coverCaption = "";

	static NewsPostForm of(NewsPost post) {
		NewsPostForm form = new NewsPostForm();
		form.fill(post);
		form.language = post.getLanguage();
		form.excerpt = post.getExcerpt();
		form.body = post.getBody().getMarkdown();
		if (post.getCover() != null) {
			form.coverId = post.getCover().getId();
			form.coverAlt = Objects.requireNonNullElse(post.getCoverAlt(), "");
			form.coverCaption = Objects.requireNonNullElse(post.getCoverCaption(), "");
		}
		post.getAttachments().forEach((attachment) -> form.keep(attachment.getFile().getId(), attachment.getTitle()));
		form.tags = post.getTags().stream().map(Tag::getName).sorted().collect(Collectors.joining(", "));
		return form;
	}

	public Language getLanguage() {
		return this.language;
	}

	public void setLanguage(Language language) {
		this.language = language;
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

	public void setTags(@Nullable String tags) {
		this.tags = tags == null ? "" : tags;
	}

	/** The subjects named, trimmed, without blanks or repeats. */
	List<String> tagNames() {
		return Arrays.stream(this.tags.split(","))
			.map(String::strip)
			.filter((name) -> !name.isEmpty() && name.length() <= 100)
			.distinct()
			.toList();
	}

	public @Nullable Long getCoverId() {
		return this.coverId;
	}

	public void setCoverId(@Nullable Long coverId) {
		this.coverId = coverId;
	}

	public String getCoverAlt() {
		return this.coverAlt;
	}

	public void setCoverAlt(@Nullable String coverAlt) {
		this.coverAlt = coverAlt == null ? "" : coverAlt.strip();
	}

	public String getCoverCaption() {
		return this.coverCaption;
	}

	public void setCoverCaption(@Nullable String coverCaption) {
		this.coverCaption = coverCaption == null ? "" : coverCaption.strip();
	}

}
