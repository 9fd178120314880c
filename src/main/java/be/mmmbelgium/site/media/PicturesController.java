package be.mmmbelgium.site.media;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import be.mmmbelgium.site.account.AccountPrincipal;
import be.mmmbelgium.site.web.SitePaths;

/**
 * The pictures of the library for the editor of a text (its Image button, a picture
 * dropped or pasted on it): the newest ones, searched by name, with their thumbnails; and
 * pictures sent from the editor, several at once, checked and re-encoded as every upload
 * is. Answers JSON; the forms work without it, the text's Markdown naming a picture's
 * address.
 */
@RestController
class PicturesController {

	static final String PATH = MediaAdminController.PATH + "/pictures";

	/** How many pictures the editor offers at once. */
	static final int OFFERED = 60;

	private final MediaLibrary library;

	private final SitePaths paths;

	private final MessageSource messages;

	private final MediaUploads uploads;

	PicturesController(MediaLibrary library, SitePaths paths, MessageSource messages, MediaUploads uploads) {
		this.uploads = uploads;
		this.library = library;
		this.paths = paths;
		this.messages = messages;
	}

	@GetMapping(PATH)
	List<Picture> list(@RequestParam(defaultValue = "") String q) {
		return this.library.list(MediaKind.IMAGE, q.strip(), PageRequest.of(0, OFFERED))
			.map(this::pictureOf)
			.getContent();
	}

	@PostMapping(PATH)
	Sent send(@RequestParam(name = "file", required = false) @Nullable List<MultipartFile> files,
			@AuthenticationPrincipal AccountPrincipal me, Locale locale) {
		MediaUploads.Received received = this.uploads.receiveAll(files, Set.of(MediaKind.IMAGE), me.actor());
		List<Picture> pictures = received.added().stream().map(this::pictureOf).toList();
		List<String> refusals = received.refused()
			.stream()
			.map((refused) -> refused.name() + " : "
					+ this.messages.getMessage(refused.messageKey(), refused.arguments(), locale))
			.toList();
		return new Sent(pictures, refusals);
	}

	private Picture pictureOf(MediaFile file) {
		return new Picture(this.paths.media(file.getStorageKey()), this.paths.media(file.thumbnailKey()),
				file.getOriginalFilename());
	}

	/**
	 * A picture of the library, as the editor shows and inserts it.
	 *
	 * @param path its address, which the text's Markdown names
	 * @param thumbnail the address of its narrowest width
	 * @param name the name of the file it came from
	 */
	record Picture(String path, String thumbnail, String name) {
	}

	/**
	 * What became of pictures sent from the editor.
	 *
	 * @param pictures those now in the library
	 * @param refusals for each one refused, its name and why
	 */
	record Sent(List<Picture> pictures, List<String> refusals) {
	}

}
