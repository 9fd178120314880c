package be.mmmbelgium.site.podcast;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.convert.ConversionService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.mmmbelgium.site.account.AccountPrincipal;
import be.mmmbelgium.site.account.KeptForms;
import be.mmmbelgium.site.content.ContentAdminController;
import be.mmmbelgium.site.media.MediaKind;
import be.mmmbelgium.site.media.MediaUploads;
import be.mmmbelgium.site.system.AdminPages;
import be.mmmbelgium.site.system.ClientAddress;

/**
 * The settings of podcast series in the back-office, kept by editors.
 */
@Controller
@AdminPages
@RequestMapping(SeriesAdminController.PATH)
class SeriesAdminController extends ContentAdminController<PodcastSeries> {

	static final String PATH = "/admin/podcasts";

	static final String FORM_VIEW = "admin/podcasts/form";

	private final SeriesEditor editor;

	private final MediaUploads uploads;

	private final ConversionService conversions;

	SeriesAdminController(SeriesEditor editor, MediaUploads uploads,
			@Qualifier("mvcConversionService") ConversionService conversions) {
		super(editor);
		this.editor = editor;
		this.uploads = uploads;
		this.conversions = conversions;
	}

	@Override
	protected String basePath() {
		return PATH;
	}

	@GetMapping
	String list(Model model) {
		java.util.List<PodcastSeries> all = this.editor.all();
		model.addAttribute("allSeries", all);
		describeList(all, model);
		return "admin/podcasts/list";
	}

	@GetMapping("/new")
	String initCreationForm(@ModelAttribute("form") SeriesForm form, HttpServletRequest request, Model model) {
		model.addAttribute("kept", KeptForms.restoreInto(request, form, this.conversions));
		describeMedia(form, model);
		return FORM_VIEW;
	}

	@PostMapping("/new")
	String processCreationForm(@Valid @ModelAttribute("form") SeriesForm form, BindingResult result,
			@RequestParam(required = false) MultipartFile coverUpload, @AuthenticationPrincipal AccountPrincipal me,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		receiveCover(form, result, coverUpload, me, request);
		checkCategory(form, result);
		describeMedia(form, model);
		return saveThenShow(result, model, redirect, FORM_VIEW, "podcast.admin.saved",
				() -> this.editor.create(form, me, ClientAddress.of(request)));
	}

	@GetMapping("/{id}")
	String initUpdateForm(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me,
			HttpServletRequest request, Model model) {
		PodcastSeries series = this.editor.get(id);
		SeriesForm form = SeriesForm.of(series);
		model.addAttribute("kept", KeptForms.restoreInto(request, form, this.conversions));
		model.addAttribute("form", form);
		describe(series, me, model);
		describeMedia(form, model);
		return FORM_VIEW;
	}

	@PostMapping("/{id}")
	String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("form") SeriesForm form,
			BindingResult result, @RequestParam(required = false) MultipartFile coverUpload,
			@AuthenticationPrincipal AccountPrincipal me, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		PodcastSeries series = this.editor.get(id);
		describe(series, me, model);
		receiveCover(form, result, coverUpload, me, request);
		checkCategory(form, result);
		describeMedia(form, model);
		return saveThenShow(result, model, redirect, FORM_VIEW, "podcast.admin.saved",
				() -> this.editor.update(id, form, me, ClientAddress.of(request)));
	}

	/** A category and subcategory that Apple Podcasts does not know would have the feed refused. */
	private static void checkCategory(SeriesForm form, BindingResult result) {
		if (!result.hasFieldErrors("category") && !ApplePodcastCategories.accepts(form.getCategory(), null)) {
			result.rejectValue("category", "podcast.category.unknown");
		}
		else if (!form.getSubcategory().isBlank()
				&& !ApplePodcastCategories.accepts(form.getCategory(), form.getSubcategory())) {
			result.rejectValue("subcategory", "podcast.subcategory.unknown", new Object[] { form.getCategory() },
					null);
		}
	}

	/** Adds a cover sent with the form; a cover, sent or chosen, must be square and large enough. */
	private void receiveCover(SeriesForm form, BindingResult result, MultipartFile coverUpload, AccountPrincipal me,
			HttpServletRequest request) {
		this.uploads.receive(coverUpload, MediaKind.IMAGE, result, "coverId", me.actor(), ClientAddress.of(request))
			.ifPresent((cover) -> form.setCoverId(cover.getId()));
		this.uploads.find(form.getCoverId(), MediaKind.IMAGE, result, "coverId").ifPresent((cover) -> {
			if (!SeriesEditor.isPodcastCover(cover)) {
				result.rejectValue("coverId", "podcast.cover.size",
						new Object[] { String.valueOf(SeriesEditor.MIN_COVER), String.valueOf(SeriesEditor.MAX_COVER),
								String.valueOf(cover.getWidth()), String.valueOf(cover.getHeight()) },
						null);
			}
		});
	}

	private void describeMedia(SeriesForm form, Model model) {
		model.addAttribute("categories", ApplePodcastCategories.categories());
		model.addAttribute("subcategories", ApplePodcastCategories.subcategories());
		model.addAttribute("chosenFiles", this.uploads.chosen(java.util.Collections.singleton(form.getCoverId())));
		model.addAttribute("imageOptions", this.uploads.recent(MediaKind.IMAGE)
			.stream()
			.filter(SeriesEditor::isPodcastCover)
			.toList());
		model.addAttribute("mediaLimits", this.uploads.limits());
	}

}
