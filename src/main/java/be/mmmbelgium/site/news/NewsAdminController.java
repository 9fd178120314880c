package be.mmmbelgium.site.news;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.convert.ConversionService;
import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import be.mmmbelgium.site.account.AccountPrincipal;
import be.mmmbelgium.site.account.KeptForms;
import be.mmmbelgium.site.content.Revision;
import be.mmmbelgium.site.content.Revisions;
import be.mmmbelgium.site.content.Stage;
import be.mmmbelgium.site.media.MediaFile;
import be.mmmbelgium.site.media.MediaKind;
import be.mmmbelgium.site.media.MediaUploads;
import be.mmmbelgium.site.system.AdminPages;
import be.mmmbelgium.site.system.ClientAddress;
import be.mmmbelgium.site.system.Language;
import be.mmmbelgium.site.system.PageNumber;
import be.mmmbelgium.site.system.Pagination;

/**
 * News in the back-office: the list, the form to write a post and to correct it, and the
 * editor's decision to publish.
 */
@Controller
@AdminPages
class NewsAdminController {

	static final String PATH = "/admin/news";

	static final String LIST_VIEW = "admin/news/list";

	static final String FORM_VIEW = "admin/news/form";

	static final String HISTORY_VIEW = "admin/news/history";

	static final int PAGE_SIZE = 25;

	private final NewsEditor editor;

	private final MediaUploads uploads;

	private final ConversionService conversions;

	NewsAdminController(NewsEditor editor, MediaUploads uploads,
			@Qualifier("mvcConversionService") ConversionService conversions) {
		this.editor = editor;
		this.uploads = uploads;
		this.conversions = conversions;
	}

	@ModelAttribute("languages")
	Language[] languages() {
		return Language.values();
	}

	@GetMapping(PATH)
	String list(@RequestParam(required = false) Language language, @RequestParam(required = false) String q,
			@RequestParam(required = false) Stage stage, @RequestParam(required = false) String tag,
			@RequestParam(defaultValue = "1") PageNumber page, Model model) {
		Page<NewsPost> posts = Pagination
			.requireExisting(this.editor.list(language, q, stage, tag, page.toPageable(PAGE_SIZE)));
		String basePath = UriComponentsBuilder.fromPath(PATH)
			.queryParamIfPresent("language", java.util.Optional.ofNullable(language))
			.queryParamIfPresent("q", java.util.Optional.ofNullable(q).filter((text) -> !text.isBlank()))
			.queryParamIfPresent("stage", java.util.Optional.ofNullable(stage))
			.queryParamIfPresent("tag", java.util.Optional.ofNullable(tag).filter((text) -> !text.isBlank()))
			.encode()
			.toUriString();
		model.addAttribute("posts", posts.getContent());
		model.addAttribute("stages", this.editor.stagesOf(posts.getContent()));
		model.addAttribute("translations", this.editor.translationsOf(posts.getContent()));
		model.addAttribute("outOfDate", this.editor.outOfDate(posts.getContent()));
		model.addAttribute("pagination", Pagination.of(posts, basePath));
		model.addAttribute("languageFilter", language);
		model.addAttribute("stageFilter", stage);
		model.addAttribute("stageOptions", Stage.values());
		model.addAttribute("tagFilter", tag == null ? "" : tag);
		model.addAttribute("tagOptions", this.editor.tagNames());
		model.addAttribute("q", q == null ? "" : q);
		return LIST_VIEW;
	}

	@GetMapping(PATH + "/new")
	String initCreationForm(@ModelAttribute("form") NewsPostForm form, HttpServletRequest request, Model model) {
		model.addAttribute("kept", KeptForms.restoreInto(request, form, this.conversions));
		model.addAttribute("tagOptions", this.editor.tagsOf(form.getLanguage()));
		describeMedia(form, model);
		return FORM_VIEW;
	}

	@PostMapping(PATH + "/new")
	String processCreationForm(@Valid @ModelAttribute("form") NewsPostForm form, BindingResult result,
			@RequestParam(required = false) MultipartFile coverUpload,
			@RequestParam(required = false) MultipartFile attachmentUpload, @AuthenticationPrincipal AccountPrincipal me,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		model.addAttribute("tagOptions", this.editor.tagsOf(form.getLanguage()));
		receiveMedia(form, result, coverUpload, attachmentUpload, me, request);
		describeMedia(form, model);
		if (result.hasErrors()) {
			return FORM_VIEW;
		}
		try {
			NewsPost post = this.editor.create(form, me, ClientAddress.of(request));
			redirect.addFlashAttribute("message", "news.saved");
			return "redirect:" + PATH + "/" + post.getId();
		}
		catch (NewsEditor.SlugTaken taken) {
			result.rejectValue("slug", "news.slug.taken");
			return FORM_VIEW;
		}
	}

	@GetMapping(PATH + "/{id}")
	String initUpdateForm(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me,
			HttpServletRequest request, Model model) {
		NewsPost post = this.editor.get(id);
		NewsPostForm form = NewsPostForm.of(post);
		model.addAttribute("kept", KeptForms.restoreInto(request, form, this.conversions));
		model.addAttribute("form", form);
		describe(post, me, model);
		describeMedia(form, model);
		return FORM_VIEW;
	}

	@PostMapping(PATH + "/{id}")
	String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("form") NewsPostForm form,
			BindingResult result, @RequestParam(required = false) MultipartFile coverUpload,
			@RequestParam(required = false) MultipartFile attachmentUpload, @AuthenticationPrincipal AccountPrincipal me,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		NewsPost post = this.editor.get(id);
		describe(post, me, model);
		receiveMedia(form, result, coverUpload, attachmentUpload, me, request);
		describeMedia(form, model);
		if (result.hasErrors()) {
			return FORM_VIEW;
		}
		try {
			this.editor.update(id, form, me, ClientAddress.of(request));
		}
		catch (NewsEditor.SlugTaken taken) {
			result.rejectValue("slug", "news.slug.taken");
			return FORM_VIEW;
		}
		catch (NewsEditor.ChangedMeanwhile changed) {
			// The person's text stays in the form; the post as it is now is shown beside it.
			model.addAttribute("current", changed.current());
			result.reject("news.changedMeanwhile");
			return FORM_VIEW;
		}
		redirect.addFlashAttribute("message", "news.saved");
		return "redirect:" + PATH + "/" + id;
	}

	@PostMapping(PATH + "/{id}/publish")
	String publish(@PathVariable long id, @ModelAttribute("form") NewsPostForm form,
			@AuthenticationPrincipal AccountPrincipal me, HttpServletRequest request, RedirectAttributes redirect) {
		return act(id, "news.published", redirect,
				() -> this.editor.publish(id, form.getPublishAt(), me, ClientAddress.of(request)));
	}

	@PostMapping(PATH + "/{id}/submit")
	String submit(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, HttpServletRequest request,
			RedirectAttributes redirect) {
		return act(id, "news.submitted", redirect, () -> this.editor.submit(id, me, ClientAddress.of(request)));
	}

	@PostMapping(PATH + "/{id}/translate")
	String translate(@PathVariable long id, @RequestParam Language language,
			@AuthenticationPrincipal AccountPrincipal me, HttpServletRequest request, RedirectAttributes redirect) {
		NewsPost translation = this.editor.translate(id, language, me, ClientAddress.of(request));
		redirect.addFlashAttribute("message", "news.translationCreated");
		return "redirect:" + PATH + "/" + translation.getId();
	}

	@PostMapping(PATH + "/{id}/up-to-date")
	String upToDate(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, HttpServletRequest request,
			RedirectAttributes redirect) {
		return act(id, "news.upToDate", redirect, () -> this.editor.markUpToDate(id, me, ClientAddress.of(request)));
	}

	/**
	 * Adds the files sent with the form to the library and to the post's form, and checks
	 * those chosen from the library. A refused file is an error of its field; the text
	 * written stays on the form, and a file accepted stays chosen for the next attempt.
	 */
	private void receiveMedia(NewsPostForm form, BindingResult result, MultipartFile coverUpload,
			MultipartFile attachmentUpload, AccountPrincipal me, HttpServletRequest request) {
		String clientAddress = ClientAddress.of(request);
		this.uploads.receive(coverUpload, MediaKind.IMAGE, result, "coverId", me.actor(), clientAddress)
			.ifPresent((cover) -> form.setCoverId(cover.getId()));
		this.uploads.receive(attachmentUpload, MediaKind.DOCUMENT, result, "newAttachmentId", me.actor(), clientAddress)
			.ifPresent((document) -> form.attach(document.getId(), document.getOriginalFilename()));
		this.uploads.find(form.getNewAttachmentId(), MediaKind.DOCUMENT, result, "newAttachmentId")
			.ifPresent((document) -> form.attach(document.getId(), document.getOriginalFilename()));
		if (this.uploads.find(form.getCoverId(), MediaKind.IMAGE, result, "coverId").isEmpty()) {
			form.setCoverId(null);
		}
		else if (form.getCoverAlt().isBlank()) {
			result.rejectValue("coverAlt", "news.cover.altRequired");
		}
		for (int i = 0; i < form.getAttachments().size(); i++) {
			this.uploads.find(form.getAttachments().get(i).getMediaId(), MediaKind.DOCUMENT, result,
					"attachments[" + i + "].mediaId");
		}
	}

	/** The files the form shows: the cover and documents chosen, and those of the library to choose from. */
	private void describeMedia(NewsPostForm form, Model model) {
		java.util.List<MediaFile> images = this.uploads.recent(MediaKind.IMAGE);
		java.util.List<MediaFile> documents = this.uploads.recent(MediaKind.DOCUMENT);
		java.util.Map<Long, MediaFile> chosen = new java.util.HashMap<>();
		java.util.stream.Stream
			.concat(java.util.stream.Stream.of(form.getCoverId()),
					form.getAttachments().stream().map(NewsPostForm.AttachmentField::getMediaId))
			.filter(java.util.Objects::nonNull)
			.forEach((id) -> this.uploads.find(id).ifPresent((file) -> chosen.put(id, file)));
		model.addAttribute("imageOptions", images);
		model.addAttribute("documentOptions", documents);
		model.addAttribute("chosenFiles", chosen);
		model.addAttribute("mediaLimits", this.uploads.limits());
	}

	/** What the form shows around a post: its translations, and whether its source changed since. */
	private void describe(NewsPost post, AccountPrincipal me, Model model) {
		java.util.List<NewsPost> translations = this.editor.translations(post);
		model.addAttribute("post", post);
		model.addAttribute("stage", this.editor.stageOf(post));
		model.addAttribute("mayEdit", this.editor.mayEdit(post, me));
		model.addAttribute("translations", translations);
		model.addAttribute("missingLanguages", this.editor.missingLanguages(post));
		model.addAttribute("sourceChanges", this.editor.sourceChanges(post).orElse(null));
		model.addAttribute("tagOptions", this.editor.tagsOf(post.getLanguage()));
	}

	@PostMapping(PATH + "/{id}/trash")
	String trash(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, HttpServletRequest request,
			RedirectAttributes redirect) {
		return act(id, "news.trashed", redirect, () -> this.editor.trash(id, me, ClientAddress.of(request)));
	}

	@PostMapping(PATH + "/{id}/restore")
	String restore(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, HttpServletRequest request,
			RedirectAttributes redirect) {
		return act(id, "news.restored", redirect, () -> this.editor.restore(id, me, ClientAddress.of(request)));
	}

	@GetMapping(PATH + "/{id}/history")
	String history(@PathVariable long id, @RequestParam(required = false) Long from,
			@RequestParam(required = false) Long to, @AuthenticationPrincipal AccountPrincipal me, Model model) {
		NewsPost post = this.editor.get(id);
		java.util.List<Revision> history = this.editor.history(id);
		model.addAttribute("post", post);
		model.addAttribute("history", history);
		model.addAttribute("mayEdit", this.editor.mayEdit(post, me));
		if (from != null && to != null) {
			Revision older = this.editor.revision(id, Math.min(from, to));
			Revision newer = this.editor.revision(id, Math.max(from, to));
			model.addAttribute("older", older);
			model.addAttribute("newer", newer);
			model.addAttribute("diff", Revisions.diff(older.snapshot(), newer.snapshot()));
		}
		return HISTORY_VIEW;
	}

	@PostMapping(PATH + "/{id}/history/{revision}/restore")
	String restoreRevision(@PathVariable long id, @PathVariable long revision,
			@AuthenticationPrincipal AccountPrincipal me, HttpServletRequest request, RedirectAttributes redirect) {
		try {
			return act(id, "news.revisionRestored", redirect,
					() -> this.editor.restoreRevision(id, revision, me, ClientAddress.of(request)));
		}
		catch (NewsEditor.SlugTaken taken) {
			redirect.addFlashAttribute("message", "news.slug.taken");
			return "redirect:" + PATH + "/" + id + "/history";
		}
	}

	/** Does an editor's action on a post, then shows the post with what was done. */
	private static String act(long id, String doneMessage, RedirectAttributes redirect, Runnable action) {
		action.run();
		redirect.addFlashAttribute("message", doneMessage);
		return "redirect:" + PATH + "/" + id;
	}

	@PostMapping(PATH + "/trash/empty")
	String emptyTrash(@AuthenticationPrincipal AccountPrincipal me, HttpServletRequest request,
			RedirectAttributes redirect) {
		this.editor.emptyTrash(me, ClientAddress.of(request));
		redirect.addFlashAttribute("message", "news.trashEmptied");
		return "redirect:" + PATH + "?stage=TRASHED";
	}

	@PostMapping(PATH + "/{id}/unpublish")
	String unpublish(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, HttpServletRequest request,
			RedirectAttributes redirect) {
		return act(id, "news.unpublished", redirect, () -> this.editor.unpublish(id, me, ClientAddress.of(request)));
	}

}
