package be.mmmbelgium.site.page;

import java.util.List;


import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import be.mmmbelgium.site.account.AccountPrincipal;
import be.mmmbelgium.site.content.Autosaves;
import be.mmmbelgium.site.content.ContentAdminController;
import be.mmmbelgium.site.system.AdminPages;

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

	PageAdminController(PageEditor editor, @Qualifier("mvcConversionService") ConversionService conversions, Autosaves autosaves) {
		super(editor, conversions, autosaves);
		this.editor = editor;
	}

	@Override
	protected String basePath() {
		return PATH;
	}

	@GetMapping
	String list(Model model) {
		List<Page> all = this.editor.all();
		model.addAttribute("pages", all);
		describeList(all, model);
		return "admin/pages/list";
	}

	@Override
	protected String savedMessage() {
		return "page.admin.saved";
	}

	/** A new item is in the language of the person who writes it, until they choose another. */
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
