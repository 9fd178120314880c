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
import be.mmmbelgium.site.content.ContentEditor;
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
		if (result.hasErrors()) {
			return FORM_VIEW;
		}
		try {
			Page created = this.editor.create(form, me, ClientAddress.of(request));
			redirect.addFlashAttribute("message", "page.admin.saved");
			return "redirect:" + PATH + "/" + created.getId();
		}
		catch (ContentEditor.SlugTaken taken) {
			result.rejectValue("slug", "content.slug.taken");
		}
		catch (IllegalArgumentException wrongParent) {
			result.rejectValue("parentId", "page.parent.invalid");
		}
		return FORM_VIEW;
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
		if (result.hasErrors()) {
			return FORM_VIEW;
		}
		try {
			this.editor.update(id, form, me, ClientAddress.of(request));
			redirect.addFlashAttribute("message", "page.admin.saved");
			return "redirect:" + PATH + "/" + id;
		}
		catch (ContentEditor.SlugTaken taken) {
			result.rejectValue("slug", "content.slug.taken");
		}
		catch (ContentEditor.ChangedMeanwhile changed) {
			model.addAttribute("current", changed.current());
			result.reject("content.changedMeanwhile");
		}
		catch (PageEditor.ParentLoop | IllegalArgumentException wrongParent) {
			result.rejectValue("parentId", "page.parent.invalid");
		}
		return FORM_VIEW;
	}

	@Override
	protected void describe(Page page, AccountPrincipal me, Model model) {
		super.describe(page, me, model);
		model.addAttribute("parentOptions", this.editor.parentsFor(page.getLanguage(), page.getId()));
	}

}
