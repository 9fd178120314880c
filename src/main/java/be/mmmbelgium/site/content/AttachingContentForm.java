package be.mmmbelgium.site.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * The form of a kind of content that attaches documents of the media library (a press
 * release to a post, the statutes to a page), each with the title the page shows for it:
 * the documents attached, in order, and one to attach, picked from the library or sent.
 */
public abstract class AttachingContentForm extends ContentForm {

	/** The documents attached, in order; those marked for removal are dropped on save. */
	@Valid
	private List<AttachmentField> attachments = new ArrayList<>();

	/** A document of the library to attach. */
	private @Nullable Long newAttachmentId;

	/** The title of the document uploaded or picked; its file name when left empty. */
	@Size(max = 300)
	private String newAttachmentTitle = "";

	/** Shows a document the item has, with its title. */
	protected void keep(long mediaId, String title) {
		this.attachments.add(new AttachmentField(mediaId, title));
	}

	public List<AttachmentField> getAttachments() {
		return this.attachments;
	}

	public void setAttachments(List<AttachmentField> attachments) {
		this.attachments = attachments == null ? new ArrayList<>() : new ArrayList<>(attachments);
	}

	/**
	 * Adds a document at the end, titled as given or else by its file name, unless it is
	 * attached already.
	 */
	public void attach(long mediaId, String fallbackTitle) {
		String title = this.newAttachmentTitle.isBlank() ? fallbackTitle : this.newAttachmentTitle;
		if (this.attachments.stream()
			.noneMatch((field) -> Objects.equals(field.getMediaId(), mediaId) && !field.isRemove())) {
			this.attachments.add(new AttachmentField(mediaId, title));
		}
		this.newAttachmentId = null;
		this.newAttachmentTitle = "";
	}

	/** The attachments kept, without those marked for removal or left without a file. */
	public List<AttachmentField> keptAttachments() {
		return this.attachments.stream().filter((field) -> !field.isRemove() && field.getMediaId() != null).toList();
	}

	public @Nullable Long getNewAttachmentId() {
		return this.newAttachmentId;
	}

	public void setNewAttachmentId(@Nullable Long newAttachmentId) {
		this.newAttachmentId = newAttachmentId;
	}

	public String getNewAttachmentTitle() {
		return this.newAttachmentTitle;
	}

	public void setNewAttachmentTitle(@Nullable String newAttachmentTitle) {
		this.newAttachmentTitle = newAttachmentTitle == null ? "" : newAttachmentTitle.strip();
	}

	/**
	 * One attached document on the form: the file, the title shown for it, whether to
	 * remove it.
	 */
	public static class AttachmentField {

		private @Nullable Long mediaId;

		@Size(max = 300)
		private String title = "";

		private boolean remove;

		public AttachmentField() {
		}

		AttachmentField(@Nullable Long mediaId, String title) {
			this.mediaId = mediaId;
			this.title = title;
		}

		public @Nullable Long getMediaId() {
			return this.mediaId;
		}

		public void setMediaId(@Nullable Long mediaId) {
			this.mediaId = mediaId;
		}

		public String getTitle() {
			return this.title;
		}

		public void setTitle(@Nullable String title) {
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
