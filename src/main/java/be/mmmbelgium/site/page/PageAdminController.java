package be.mmmbelgium.site.page;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.convert.ConversionService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import be.mmmbelgium.site.account.AccountPrincipal;
import be.mmmbelgium.site.admin.AdminPages;
import be.mmmbelgium.site.content.Autosaves;
import be.mmmbelgium.site.content.ContentAdminController;
import be.mmmbelgium.site.content.ListFilter;
import be.mmmbelgium.site.media.Attachments;

/**
 * The institutional pages in the back-office, for admins: the list, and the form with the
 * page's text and its place in the site.
 */
@Controller
@AdminPages
@RequestMapping(PageAdminController.PATH)
class PageAdminController extends ContentAdminController<Page, PageForm> {

	static final String PATH = "/admin/pages";

	private final PageEditor editor;

	private final Attachments attachments;

	PageAdminController(PageEditor editor, Attachments attachments,
			@Qualifier("mvcConversionService") ConversionService conversions, Autosaves autosaves) {
		super(editor, conversions, autosaves);
		this.editor = editor;
		this.attachments = attachments;
	}

	@Override
	protected String basePath() {
		return PATH;
	}

	/**
	 * The pages as the site's outline, filtered; each with buttons that move it in the
	 * menu.
	 */
	@GetMapping
	String list(ListFilter filter, Model model) {
		List<Page> shown = this.editor.outline(filter);
		describeList(shown, filter, model);
		model.addAttribute("moves", this.editor.movesOf(shown));
		return "admin/pages/list";
	}

	/**
	 * Moves a page one place up or down in the menu, and comes back to the list where it
	 * was.
	 */
	@PostMapping("/{id}/move")
	String move(@PathVariable long id, @RequestParam(defaultValue = "false") boolean up, ListFilter filter,
			@AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
		this.editor.move(id, up, me);
		redirect.addFlashAttribute("message", up ? "page.admin.movedUp" : "page.admin.movedDown");
		return "redirect:"
				+ filter.addTo(UriComponentsBuilder.fromPath(PATH)).fragment("item-" + id).encode().toUriString();
	}

	/** Pages under another page are shown indented beneath it. */
	@Override
	protected Set<Long> nested(List<Page> pages) {
		return pages.stream().filter((page) -> page.getParent() != null).map(Page::getId).collect(Collectors.toSet());
	}

	@Override
	protected String savedMessage() {
		return "page.admin.saved";
	}

	/**
	 * A new item is in the language of the person who writes it, until they choose
	 * another.
	 */
	@Override
	protected void startForm(PageForm form, AccountPrincipal me) {
		form.setLanguage(me.language());
	}

	@Override
	protected PageForm formOf(Page page) {
		return PageForm.of(page);
	}

	@Override
	protected void describeForm(PageForm form, Model model) {
		Object item = model.getAttribute("item");
		model.addAttribute("parentOptions",
				this.editor.parentsFor(form.getLanguage(), item instanceof Page page ? page.getId() : null));
		this.attachments.addToModel(form, model, List.of());
	}

	/**
	 * Adds the document sent with the form, or picked from the library, to the page's
	 * documents.
	 */
	@Override
	protected void receive(PageForm form, BindingResult result, AccountPrincipal me, HttpServletRequest request) {
		this.attachments.receive(form, result, request, me.actor());
	}

	/** A parent that would put the page under itself, or in another language. */
	@Override
	protected boolean rejectRefusal(RuntimeException refused, BindingResult result) {
		if (refused instanceof PageEditor.ParentLoop || refused instanceof IllegalArgumentException) {
			result.rejectValue("parentId", "page.parent.invalid");
			return true;
		}
		return false;
	}

}
