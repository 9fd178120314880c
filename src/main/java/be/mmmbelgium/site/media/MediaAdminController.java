package be.mmmbelgium.site.media;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import be.mmmbelgium.site.account.AccountPrincipal;
import be.mmmbelgium.site.admin.AdminPages;
import be.mmmbelgium.site.web.PageNumber;
import be.mmmbelgium.site.web.Pagination;

/**
 * The media library in the back-office: every file uploaded, searchable by name and kind,
 * with its address for use in a text, where it is used, and deletion once nothing uses
 * it.
 */
@Controller
@AdminPages
class MediaAdminController {

	static final String PATH = "/admin/media";

	static final int PAGE_SIZE = 24;

	private final MediaLibrary library;

	private final MediaProperties limits;

	private final MediaUploads uploads;

	private final MediaDeletion deletion;

	MediaAdminController(MediaLibrary library, MediaProperties limits, MediaUploads uploads, MediaDeletion deletion) {
		this.library = library;
		this.limits = limits;
		this.uploads = uploads;
		this.deletion = deletion;
	}

	@GetMapping(PATH)
	String list(@RequestParam(required = false) @Nullable MediaKind kind,
			@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "1") PageNumber page,
			Model model) {
		Page<MediaFile> files = Pagination.requireExisting(this.library.list(kind, q, page.toPageable(PAGE_SIZE)));
		String basePath = UriComponentsBuilder.fromPath(PATH)
			.queryParamIfPresent("kind", Optional.ofNullable(kind))
			.queryParamIfPresent("q", Optional.ofNullable(q).filter((text) -> !text.isBlank()))
			.encode()
			.toUriString();
		model.addAttribute("files", files.getContent());
		model.addAttribute("pagination", Pagination.of(files, basePath));
		model.addAttribute("kinds", MediaKind.values());
		model.addAttribute("kindFilter", kind);
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("mediaLimits", this.limits);
		return "admin/media/list";
	}

	/**
	 * Adds the files sent, several at once if wanted: one file opens its page, several
	 * come back to the library, which says how many were added and why any was refused.
	 */
	@PostMapping(PATH)
	String upload(@RequestParam(name = "file", required = false) @Nullable List<MultipartFile> files,
			@AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
		MediaUploads.Received received = this.uploads.receiveAll(files, Set.of(MediaKind.values()), me.actor());
		if (received.isEmpty()) {
			redirect.addFlashAttribute("refusal", "media.refused.empty");
			return "redirect:" + PATH;
		}
		if (received.added().size() == 1 && received.refused().isEmpty()) {
			redirect.addFlashAttribute("message", "media.uploaded");
			return "redirect:" + PATH + "/" + received.added().get(0).getId();
		}
		if (!received.added().isEmpty()) {
			redirect.addFlashAttribute("added", received.added().size());
		}
		redirect.addFlashAttribute("refusals", received.refused());
		return "redirect:" + PATH;
	}

	@GetMapping(PATH + "/{id}")
	String show(@PathVariable long id, Model model) {
		MediaFile file = this.library.get(id);
		model.addAttribute("file", file);
		model.addAttribute("uses", this.library.usesOf(file));
		return "admin/media/show";
	}

	@PostMapping(PATH + "/{id}/delete")
	String delete(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
		try {
			this.deletion.delete(id, me.actor());
			redirect.addFlashAttribute("message", "media.deleted");
			return "redirect:" + PATH;
		}
		catch (MediaInUseException inUse) {
			redirect.addFlashAttribute("message", "media.inUse");
			return "redirect:" + PATH + "/" + id;
		}
	}

}
