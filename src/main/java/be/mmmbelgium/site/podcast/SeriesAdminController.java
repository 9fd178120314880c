package be.mmmbelgium.site.podcast;

import java.util.Collections;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MultipartFile;

import be.mmmbelgium.site.account.AccountPrincipal;
import be.mmmbelgium.site.admin.AdminPages;
import be.mmmbelgium.site.content.Autosaves;
import be.mmmbelgium.site.content.ContentAdminController;
import be.mmmbelgium.site.content.ListFilter;
import be.mmmbelgium.site.media.MediaKind;
import be.mmmbelgium.site.media.MediaUploads;

/**
 * The settings of podcast series in the back-office, kept by editors.
 */
@Controller
@AdminPages
@RequestMapping(SeriesAdminController.PATH)
class SeriesAdminController extends ContentAdminController<PodcastSeries, SeriesForm> {

	static final String PATH = "/admin/podcasts";

	private final SeriesEditor editor;

	private final MediaUploads uploads;

	SeriesAdminController(SeriesEditor editor, MediaUploads uploads,
			@Qualifier("mvcConversionService") ConversionService conversions, Autosaves autosaves) {
		super(editor, conversions, autosaves);
		this.editor = editor;
		this.uploads = uploads;
	}

	@Override
	protected String basePath() {
		return PATH;
	}

	@GetMapping
	String list(ListFilter filter, Model model) {
		describeList(this.editor.list(filter), filter, model);
		return "admin/podcasts/list";
	}

	@Override
	protected String savedMessage() {
		return "podcast.admin.saved";
	}

	/**
	 * A new item is in the language of the person who writes it, until they choose
	 * another.
	 */
	@Override
	protected void startForm(SeriesForm form, AccountPrincipal me) {
		form.setLanguage(me.language());
	}

	@Override
	protected SeriesForm formOf(PodcastSeries series) {
		return SeriesForm.of(series);
	}

	@Override
	protected void receive(SeriesForm form, BindingResult result, AccountPrincipal me, HttpServletRequest request) {
		receiveCover(form, result, MediaUploads.file(request, "coverUpload"), me);
		checkCategory(form, result);
	}

	/**
	 * A category and subcategory that Apple Podcasts does not know would have the feed
	 * refused.
	 */
	private static void checkCategory(SeriesForm form, BindingResult result) {
		if (!result.hasFieldErrors("category") && !ApplePodcastCategories.accepts(form.getCategory(), null)) {
			result.rejectValue("category", "podcast.category.unknown");
		}
		else if (!form.getSubcategory().isBlank()
				&& !ApplePodcastCategories.accepts(form.getCategory(), form.getSubcategory())) {
			result.rejectValue("subcategory", "podcast.subcategory.unknown", new Object[] { form.getCategory() }, null);
		}
	}

	/**
	 * Adds a cover sent with the form; a cover, sent or chosen, must be square and large
	 * enough.
	 */
	private void receiveCover(SeriesForm form, BindingResult result, @Nullable MultipartFile coverUpload,
			AccountPrincipal me) {
		this.uploads.receive(coverUpload, MediaKind.IMAGE, result, "coverId", me.actor())
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

	@Override
	protected void describeForm(SeriesForm form, Model model) {
		model.addAttribute("categories", ApplePodcastCategories.categories());
		model.addAttribute("subcategories", ApplePodcastCategories.subcategories());
		model.addAttribute("chosenFiles", this.uploads.chosen(Collections.singleton(form.getCoverId())));
		model.addAttribute("imageOptions",
				this.uploads.recent(MediaKind.IMAGE).stream().filter(SeriesEditor::isPodcastCover).toList());
		model.addAttribute("mediaLimits", this.uploads.limits());
	}

}
