package be.mmmbelgium.site.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartRequest;
import org.springframework.web.util.WebUtils;

import be.mmmbelgium.site.audit.AuditLog;

/**
 * What the back-office forms do with media: receive a file sent with the form, find a
 * file chosen from the library, offer the recent files to choose from. A refusal becomes
 * an error of the form field, so the rest of what the person wrote stays on the form.
 */
@Component
public class MediaUploads {

	/** How many recent files the forms offer to choose from. */
	static final int CHOICES = 60;

	private final MediaLibrary library;

	private final MediaProperties properties;

	MediaUploads(MediaLibrary library, MediaProperties properties) {
		this.library = library;
		this.properties = properties;
	}

	/**
	 * The file sent in a part of a form; null when none was, or when the form was not
	 * sent as {@code multipart/form-data}.
	 */
	public static @Nullable MultipartFile file(HttpServletRequest request, String part) {
		MultipartRequest multipart = WebUtils.getNativeRequest(request, MultipartRequest.class);
		return multipart == null ? null : multipart.getFile(part);
	}

	/** The sizes allowed, for forms to tell. */
	public MediaProperties limits() {
		return this.properties;
	}

	/**
	 * Adds the file sent with a form to the library.
	 * @return the file, or empty when none was sent or it was refused (then {@code field}
	 * has the reason)
	 */
	public Optional<MediaFile> receive(@Nullable MultipartFile upload, MediaKind kind, Errors errors, String field,
			AuditLog.@Nullable Actor who) {
		if (upload == null || upload.isEmpty()) {
			return Optional.empty();
		}
		try (InputStream in = upload.getInputStream()) {
			return Optional.of(this.library.upload(upload.getOriginalFilename(), in, Set.of(kind), who));
		}
		catch (UploadRefusedException refused) {
			errors.rejectValue(field, refused.messageKey(), refused.arguments(), refused.messageKey());
			return Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Adds files sent together (the library's upload, the editor's pictures), each
	 * checked as any upload: those accepted, and why each other was refused. Empty parts
	 * are left out.
	 */
	public Received receiveAll(@Nullable List<MultipartFile> uploads, Set<MediaKind> accepted,
			AuditLog.@Nullable Actor who) {
		List<MediaFile> added = new ArrayList<>();
		List<Refusal> refused = new ArrayList<>();
		for (MultipartFile upload : uploads == null ? List.<MultipartFile>of() : uploads) {
			if (upload.isEmpty()) {
				continue;
			}
			try (InputStream in = upload.getInputStream()) {
				added.add(this.library.upload(upload.getOriginalFilename(), in, accepted, who));
			}
			catch (UploadRefusedException refusal) {
				refused.add(new Refusal(String.valueOf(upload.getOriginalFilename()), refusal.messageKey(),
						refusal.arguments()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return new Received(added, refused);
	}

	/**
	 * Files sent together.
	 *
	 * @param added those now in the library, in the order sent
	 * @param refused the others, each with why
	 */
	public record Received(List<MediaFile> added, List<Refusal> refused) {

		public boolean isEmpty() {
			return this.added.isEmpty() && this.refused.isEmpty();
		}

	}

	/**
	 * A file the library refused.
	 *
	 * @param name its name
	 * @param messageKey why, as a message
	 * @param arguments the message's arguments
	 */
	public record Refusal(String name, String messageKey, Object[] arguments) implements Serializable {
	}

	/**
	 * A file of the library of the kind a field asks for; empty, with an error on
	 * {@code field}, otherwise.
	 */
	public Optional<MediaFile> find(@Nullable Long id, MediaKind kind, Errors errors, String field) {
		if (id == null) {
			return Optional.empty();
		}
		Optional<MediaFile> file = this.library.find(id).filter((found) -> found.getKind() == kind);
		if (file.isEmpty()) {
			errors.rejectValue(field, "media.refused.wrongKind");
		}
		return file;
	}

	/** A file of the library, whatever its kind. */
	public Optional<MediaFile> find(long id) {
		return this.library.find(id);
	}

	/** The files of these ids that exist, by id; nulls are ignored. */
	public Map<Long, MediaFile> chosen(Collection<Long> ids) {
		Map<Long, MediaFile> files = new HashMap<>();
		this.library.findAll(ids.stream().filter(Objects::nonNull).toList())
			.forEach((file) -> files.put(file.getId(), file));
		return files;
	}

	/** The newest files of a kind, for a form to offer. */
	public List<MediaFile> recent(MediaKind kind) {
		return this.library.list(kind, null, PageRequest.of(0, CHOICES)).getContent();
	}

}
