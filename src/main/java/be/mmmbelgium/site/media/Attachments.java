package be.mmmbelgium.site.media;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;

import org.hibernate.Hibernate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

import be.mmmbelgium.site.audit.AuditLog;
import be.mmmbelgium.site.content.AttachingContentForm;
import be.mmmbelgium.site.content.RevisionDetails;

/**
 * The documents every kind that attaches them handles alike: on its form (sent with it,
 * or picked from the library, each checked), on its item when saved, in its revisions,
 * and in what its public page loads.
 */
@Component
public class Attachments {

	/** How a revision names an attached document. */
	private static final String DETAIL = "attachment";

	private final MediaUploads uploads;

	private final MediaLibrary library;

	Attachments(MediaUploads uploads, MediaLibrary library) {
		this.uploads = uploads;
		this.library = library;
	}

	/**
	 * Adds the document sent with the form or picked from the library to the form's
	 * documents, and checks those it has; a refusal is an error of its field.
	 */
	public void receive(AttachingContentForm form, BindingResult result, HttpServletRequest request,
			AuditLog.@Nullable Actor who) {
		this.uploads
			.receive(MediaUploads.file(request, "attachmentUpload"), MediaKind.DOCUMENT, result, "newAttachmentId", who)
			.ifPresent((document) -> form.attach(document.getId(), document.getOriginalFilename()));
		this.uploads.find(form.getNewAttachmentId(), MediaKind.DOCUMENT, result, "newAttachmentId")
			.ifPresent((document) -> form.attach(document.getId(), document.getOriginalFilename()));
		for (int i = 0; i < form.getAttachments().size(); i++) {
			this.uploads.find(form.getAttachments().get(i).getMediaId(), MediaKind.DOCUMENT, result,
					"attachments[" + i + "].mediaId");
		}
	}

	/**
	 * What the form shows: the documents chosen, and those of the library to choose from.
	 */
	public void addToModel(AttachingContentForm form, Model model, List<Long> otherChosen) {
		List<Long> chosen = new ArrayList<>(otherChosen);
		form.getAttachments().forEach((attachment) -> chosen.add(attachment.getMediaId()));
		model.addAttribute("chosenFiles", this.uploads.chosen(chosen));
		model.addAttribute("documentOptions", this.uploads.recent(MediaKind.DOCUMENT));
		model.addAttribute("mediaLimits", this.uploads.limits());
	}

	/**
	 * Puts the form's documents on the item, in order, each titled as given or by its
	 * file name.
	 */
	public void apply(AttachingContentForm form, HasAttachments item) {
		item.detachAll();
		for (AttachingContentForm.AttachmentField attachment : form.keptAttachments()) {
			MediaFile file = this.library
				.get(Objects.requireNonNull(attachment.getMediaId(), "a kept attachment has its file"));
			item.attach(file, attachment.getTitle().isBlank() ? file.getOriginalFilename() : attachment.getTitle());
		}
	}

	/** The item's documents, as a revision keeps them. */
	public static void addTo(RevisionDetails details, HasAttachments item) {
		item.getAttachments()
			.forEach((attachment) -> details.with(DETAIL, attachment.getFile().getId() + " " + attachment.getTitle()));
	}

	/** Brings back the documents a revision kept, those still in the library. */
	public void restore(HasAttachments item, Map<String, List<String>> details) {
		item.detachAll();
		for (String attachment : details.getOrDefault(DETAIL, List.of())) {
			RevisionDetails.idOf(attachment)
				.flatMap(this.library::find)
				.ifPresent((file) -> item.attach(file, RevisionDetails.afterId(attachment)));
		}
	}

	/** Gives a translation the documents of its source. */
	public static void copy(HasAttachments source, HasAttachments translation) {
		source.getAttachments()
			.forEach((attachment) -> translation.attach(attachment.getFile(), attachment.getTitle()));
	}

	/**
	 * Loads the item's documents and their files, to be shown once the transaction is
	 * over.
	 */
	public static List<Attachment> load(HasAttachments item) {
		Hibernate.initialize(item.getAttachments());
		item.getAttachments().forEach((attachment) -> Hibernate.initialize(attachment.getFile()));
		return List.copyOf(item.getAttachments());
	}

}
