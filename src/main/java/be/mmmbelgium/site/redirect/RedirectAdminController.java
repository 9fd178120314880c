package be.mmmbelgium.site.redirect;

import java.util.Optional;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import be.mmmbelgium.site.account.AccountPrincipal;
import be.mmmbelgium.site.admin.AdminPages;
import be.mmmbelgium.site.web.PageNumber;
import be.mmmbelgium.site.web.Pagination;

/**
 * Admins list, search, add, change and delete the redirects of old addresses.
 */
@Controller
@AdminPages
class RedirectAdminController {

	static final String PATH = "/admin/redirects";

	static final String LIST_VIEW = "admin/redirects/list";

	static final String FORM_VIEW = "admin/redirects/form";

	static final int PAGE_SIZE = 50;

	private final RedirectTable table;

	RedirectAdminController(RedirectTable table) {
		this.table = table;
	}

	@GetMapping(PATH)
	String list(@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "1") PageNumber page,
			Model model) {
		Page<Redirect> redirects = Pagination.requireExisting(this.table.list(q, page.toPageable(PAGE_SIZE)));
		String basePath = UriComponentsBuilder.fromPath(PATH)
			.queryParamIfPresent("q", Optional.ofNullable(q).filter((text) -> !text.isBlank()))
			.encode()
			.toUriString();
		model.addAttribute("redirects", redirects.getContent());
		model.addAttribute("pagination", Pagination.of(redirects, basePath));
		model.addAttribute("q", (q == null) ? "" : q);
		return LIST_VIEW;
	}

	@GetMapping(PATH + "/new")
	String initCreationForm(@ModelAttribute("form") RedirectForm form) {
		return FORM_VIEW;
	}

	@PostMapping(PATH + "/new")
	String processCreationForm(@Valid @ModelAttribute("form") RedirectForm form, BindingResult result,
			@AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return FORM_VIEW;
		}
		try {
			this.table.add(form, me.actor());
		}
		catch (RedirectRefusedException refused) {
			return refuse(refused, result);
		}
		redirect.addFlashAttribute("message", "redirect.created");
		return "redirect:" + PATH;
	}

	@GetMapping(PATH + "/{id}")
	String initUpdateForm(@PathVariable long id, Model model) {
		Redirect redirect = this.table.get(id);
		model.addAttribute("item", redirect);
		model.addAttribute("form", RedirectForm.of(redirect));
		return FORM_VIEW;
	}

	@PostMapping(PATH + "/{id}")
	String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("form") RedirectForm form,
			BindingResult result, @AuthenticationPrincipal AccountPrincipal me, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("item", this.table.get(id));
		if (result.hasErrors()) {
			return FORM_VIEW;
		}
		try {
			this.table.change(id, form, me.actor());
		}
		catch (RedirectRefusedException refused) {
			if (refused.changedMeanwhile()) {
				// The entry as typed stays; saving it again, knowingly, replaces the
				// other change.
				Redirect now = this.table.get(id);
				model.addAttribute("item", now);
				form.setVersion(now.getVersion());
			}
			return refuse(refused, result);
		}
		redirect.addFlashAttribute("message", "redirect.saved");
		return "redirect:" + PATH;
	}

	@PostMapping(PATH + "/{id}/delete")
	String delete(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
		this.table.delete(id, me.actor());
		redirect.addFlashAttribute("message", "redirect.deleted");
		return "redirect:" + PATH;
	}

	/** Shows the form again, as typed, with every reason it was refused. */
	private static String refuse(RedirectRefusedException refused, BindingResult result) {
		for (RedirectRefusedException.Refusal refusal : refused.refusals()) {
			if (refusal.field() == null) {
				result.reject(refusal.messageKey(), refusal.arguments(), null);
			}
			else {
				result.rejectValue(refusal.field(), refusal.messageKey(), refusal.arguments(), null);
			}
		}
		return FORM_VIEW;
	}

}
