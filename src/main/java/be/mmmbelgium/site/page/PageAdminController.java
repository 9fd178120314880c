package be.mmmbelgium.site.page;

import java.util.List;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.mmmbelgium.site.account.AccountPrincipal;
import be.mmmbelgium.site.account.KeptForms;
import be.mmmbelgium.site.content.ContentAdminController;
import be.mmmbelgium.site.system.AdminPages;
import be.mmmbelgium.site.system.ClientAddress;

/**
 * The institutional pages in the back-office, for admins: the list, and the form with the
 * page's text and its place in the site.
 */
@Controller
@AdminPages
@RequestMapping(PageAdminController.PATH)
class PageAdminController extends ContentAdminController<Page> {

	static final String PATH = "/admin/pages";

	static final String FORM_VIEW = "admin/pages/form";

	private final PageEditor editor;

	private final ConversionService conversions;

	PageAdminController(PageEditor editor, @Qualifier("mvcConversionService") ConversionService conversions) {
		super(editor);
		this.editor = editor;
		this.conversions = conversions;
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

	@GetMapping("/new")
	String initCreationForm(@ModelAttribute("form") PageForm form, HttpServletRequest request, Model model) {
		model.addAttribute("kept", KeptForms.restoreInto(request, form, this.conversions));
		model.addAttribute("parentOptions", this.editor.parentsFor(form.getLanguage(), null));
		return FORM_VIEW;
	}

	@PostMapping("/new")
	String processCreationForm(@Valid @ModelAttribute("form") PageForm form, BindingResult result,
			@AuthenticationPrincipal AccountPrincipal me, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("parentOptions", this.editor.parentsFor(form.getLanguage(), null));
		return saveThenShow(result, model, redirect, FORM_VIEW, "page.admin.saved",
				() -> this.editor.create(form, me, ClientAddress.of(request)));
	}

	@GetMapping("/{id}")
	String initUpdateForm(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me,
			HttpServletRequest request, Model model) {
		Page page = this.editor.get(id);
		PageForm form = PageForm.of(page);
		model.addAttribute("kept", KeptForms.restoreInto(request, form, this.conversions));
		model.addAttribute("form", form);
		describe(page, me, model);
		return FORM_VIEW;
	}

	@PostMapping("/{id}")
	String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("form") PageForm form,
			BindingResult result, @AuthenticationPrincipal AccountPrincipal me, HttpServletRequest request,
			Model model, RedirectAttributes redirect) {
		Page page = this.editor.get(id);
		describe(page, me, model);
		return saveThenShow(result, model, redirect, FORM_VIEW, "page.admin.saved",
				() -> this.editor.update(id, form, me, ClientAddress.of(request)));
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

	@Override
	protected void describe(Page page, AccountPrincipal me, Model model) {
		super.describe(page, me, model);
		model.addAttribute("parentOptions", this.editor.parentsFor(page.getLanguage(), page.getId()));
	}

}
