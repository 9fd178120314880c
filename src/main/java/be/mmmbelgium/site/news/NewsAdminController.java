package be.mmmbelgium.site.news;

import java.util.Collections;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.convert.ConversionService;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import be.mmmbelgium.site.account.AccountPrincipal;
import be.mmmbelgium.site.admin.AdminPages;
import be.mmmbelgium.site.content.Autosaves;
import be.mmmbelgium.site.content.ContentAdminController;
import be.mmmbelgium.site.content.ListFilter;
import be.mmmbelgium.site.media.Attachments;
import be.mmmbelgium.site.media.MediaKind;
import be.mmmbelgium.site.media.MediaUploads;
import be.mmmbelgium.site.web.PageNumber;
import be.mmmbelgium.site.web.Pagination;

/**
 * News in the back-office: the list, and the form to write a post and to correct it with
 * its cover and documents; review, publication, translations and history come from
 * {@link ContentAdminController}.
 */
@Controller
@AdminPages
@RequestMapping(NewsAdminController.PATH)
class NewsAdminController extends ContentAdminController<NewsPost, NewsPostForm> {

	static final String PATH = "/admin/news";

	static final String LIST_VIEW = "admin/news/list";

	static final int PAGE_SIZE = 25;

	private final NewsEditor editor;

	private final MediaUploads uploads;

	private final Attachments attachments;

	NewsAdminController(NewsEditor editor, MediaUploads uploads, Attachments attachments,
			@Qualifier("mvcConversionService") ConversionService conversions, Autosaves autosaves) {
		super(editor, conversions, autosaves);
		this.editor = editor;
		this.uploads = uploads;
		this.attachments = attachments;
	}

	@Override
	protected String basePath() {
		return PATH;
	}

	@GetMapping
	String list(ListFilter filter, @RequestParam(required = false) String tag,
			@RequestParam(defaultValue = "1") PageNumber page, Model model) {
		String subject = tag == null ? "" : tag.strip();
		Page<NewsPost> posts = Pagination.requireExisting(
				this.editor.list(filter.language(), filter.q(), filter.stage(), subject, page.toPageable(PAGE_SIZE)));
		describeList(posts, filter,
				(address) -> address.queryParamIfPresent("tag", Optional.of(subject).filter((text) -> !text.isEmpty())),
				model);
		model.addAttribute("tagFilter", subject);
		model.addAttribute("tagOptions", this.editor.tagNames());
		return LIST_VIEW;
	}

	@Override
	protected String savedMessage() {
		return "news.saved";
	}

	/**
	 * A new item is in the language of the person who writes it, until they choose
	 * another.
	 */
	@Override
	protected void startForm(NewsPostForm form, AccountPrincipal me) {
		form.setLanguage(me.language());
	}

	@Override
	protected NewsPostForm formOf(NewsPost post) {
		return NewsPostForm.of(post);
	}

	@Override
	protected void addItemDetails(NewsPost post, AccountPrincipal me, Model model) {
		super.addItemDetails(post, me, model);
		model.addAttribute("post", post);
	}

	@Override
	protected void describeForm(NewsPostForm form, Model model) {
		model.addAttribute("tagOptions", this.editor.tagsOf(form.getLanguage()));
		describeMedia(form, model);
	}

	/**
	 * Adds the files sent with the form to the library and to the post's form, and checks
	 * those chosen from the library. A refused file is an error of its field; the text
	 * written stays on the form, and a file accepted stays chosen for the next attempt.
	 */
	@Override
	protected void receive(NewsPostForm form, BindingResult result, AccountPrincipal me, HttpServletRequest request) {
		this.uploads.receive(MediaUploads.file(request, "coverUpload"), MediaKind.IMAGE, result, "coverId", me.actor())
			.ifPresent((cover) -> form.setCoverId(cover.getId()));
		this.attachments.receive(form, result, request, me.actor());
		if (this.uploads.find(form.getCoverId(), MediaKind.IMAGE, result, "coverId").isEmpty()) {
			form.setCoverId(null);
		}
		else if (form.getCoverAlt().isBlank()) {
			result.rejectValue("coverAlt", "news.cover.altRequired");
		}
	}

	/**
	 * The files the form shows: the cover and documents chosen, and those of the library
	 * to choose from.
	 */
	private void describeMedia(NewsPostForm form, Model model) {
		this.attachments.addToModel(form, model, Collections.singletonList(form.getCoverId()));
		model.addAttribute("imageOptions", this.uploads.recent(MediaKind.IMAGE));
	}

}
