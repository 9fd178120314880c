package be.mmmbelgium.site.news;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;


import be.mmmbelgium.site.content.ContentForm;
import be.mmmbelgium.site.content.ImagesInLibrary;
import be.mmmbelgium.site.system.Language;

/**
 * A news post as the back-office form edits it. The publication date and time are those of
 * Brussels; the version is the one the form was opened on, so that a save over someone
 * else's change is noticed.
 */
class NewsPostForm extends ContentForm {

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
	private Long coverId;

	/** Describes the cover for those who cannot see it; required with a cover. */
	@Size(max = 300)
	private String coverAlt = "";

	@Size(max = 300)
	private String coverCaption = "";

	/** The documents attached, in order; those marked for removal are dropped on save. */
	@Valid
	private List<AttachmentField> attachments = new ArrayList<>();

	/** A document of the library to attach. */
	private Long newAttachmentId;

	/** The title of the document uploaded or picked; its file name when left empty. */
	@Size(max = 300)
	private String newAttachmentTitle = "";


	static NewsPostForm of(NewsPost post) {
		NewsPostForm form = new NewsPostForm();
		form.fill(post);
		form.language = post.getLanguage();
		form.excerpt = post.getExcerpt();
		form.body = post.getBody().getMarkdown();
		if (post.getCover() != null) {
			form.coverId = post.getCover().getId();
			form.coverAlt = post.getCoverAlt();
			form.coverCaption = post.getCoverCaption() == null ? "" : post.getCoverCaption();
		}
		post.getAttachments()
			.forEach((attachment) -> form.attachments
				.add(new AttachmentField(attachment.getFile().getId(), attachment.getTitle())));
		form.tags = post.getTags().stream().map(Tag::getName).sorted().collect(java.util.stream.Collectors.joining(", "));
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



	public Long getCoverId() {
		return this.coverId;
	}

	public void setCoverId(Long coverId) {
		this.coverId = coverId;
	}

	public String getCoverAlt() {
		return this.coverAlt;
	}

	public void setCoverAlt(String coverAlt) {
		this.coverAlt = coverAlt == null ? "" : coverAlt.strip();
	}

	public String getCoverCaption() {
		return this.coverCaption;
	}

	public void setCoverCaption(String coverCaption) {
		this.coverCaption = coverCaption == null ? "" : coverCaption.strip();
	}

	public List<AttachmentField> getAttachments() {
		return this.attachments;
	}

	public void setAttachments(List<AttachmentField> attachments) {
		this.attachments = attachments == null ? new ArrayList<>() : new ArrayList<>(attachments);
	}

	/** Adds a document at the end, titled as given or else by its file name, unless it is attached already. */
	void attach(long mediaId, String fallbackTitle) {
		String title = this.newAttachmentTitle.isBlank() ? fallbackTitle : this.newAttachmentTitle;
		if (this.attachments.stream().noneMatch((field) -> field.getMediaId() == mediaId && !field.isRemove())) {
			this.attachments.add(new AttachmentField(mediaId, title));
		}
		this.newAttachmentId = null;
		this.newAttachmentTitle = "";
	}

	/** The attachments kept, without those marked for removal or left without a file. */
	List<AttachmentField> keptAttachments() {
		return this.attachments.stream().filter((field) -> !field.isRemove() && field.getMediaId() != null).toList();
	}

	public Long getNewAttachmentId() {
		return this.newAttachmentId;
	}

	public void setNewAttachmentId(Long newAttachmentId) {
		this.newAttachmentId = newAttachmentId;
	}

	public String getNewAttachmentTitle() {
		return this.newAttachmentTitle;
	}

	public void setNewAttachmentTitle(String newAttachmentTitle) {
		this.newAttachmentTitle = newAttachmentTitle == null ? "" : newAttachmentTitle.strip();
	}



	/** One attached document on the form: the file, the title shown for it, whether to remove it. */
	public static class AttachmentField {

		private Long mediaId;

		@Size(max = 300)
		private String title = "";

		private boolean remove;

		public AttachmentField() {
		}

		AttachmentField(Long mediaId, String title) {
			this.mediaId = mediaId;
			this.title = title;
		}

		public Long getMediaId() {
			return this.mediaId;
		}

		public void setMediaId(Long mediaId) {
			this.mediaId = mediaId;
		}

		public String getTitle() {
			return this.title;
		}

		public void setTitle(String title) {
			this.title = title == null ? "" : title.strip();
		}

		public boolean isRemove() {
			return this.remove;
		}

		public void setRemove(boolean remove) {
			this.remove = remove;
		}

	}

}
