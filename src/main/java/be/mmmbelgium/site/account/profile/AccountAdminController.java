package be.mmmbelgium.site.account.profile;

import jakarta.validation.Valid;

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

import be.mmmbelgium.site.account.Account;
import be.mmmbelgium.site.account.AccountPrincipal;
import be.mmmbelgium.site.account.Accounts;
import be.mmmbelgium.site.account.Role;
import be.mmmbelgium.site.account.link.LinkMail;
import be.mmmbelgium.site.account.link.PasswordLinkController;
import be.mmmbelgium.site.admin.AdminPages;
import be.mmmbelgium.site.system.SiteProperties;

/**
 * Admins manage accounts: they create them, change roles, disable and enable them, and
 * give their owners one-time links to choose a password.
 */
@Controller
@AdminPages
public class AccountAdminController {

	public static final String PATH = "/admin/accounts";

	static final String LIST_VIEW = "admin/accounts/list";

	static final String FORM_VIEW = "admin/accounts/form";

	static final String LINK_VIEW = "admin/accounts/link";

	private final Accounts accounts;

	private final SiteProperties site;

	private final LinkMail mail;

	AccountAdminController(Accounts accounts, SiteProperties site, LinkMail mail) {
		this.accounts = accounts;
		this.site = site;
		this.mail = mail;
	}

	@ModelAttribute("roles")
	Role[] roles() {
		return Role.values();
	}

	@GetMapping(PATH)
	String list(Model model) {
		model.addAttribute("accounts", this.accounts.all());
		return LIST_VIEW;
	}

	@GetMapping(PATH + "/new")
	String initCreationForm(@ModelAttribute("form") NewAccountForm form) {
		return FORM_VIEW;
	}

	@PostMapping(PATH + "/new")
	String processCreationForm(@Valid @ModelAttribute("form") NewAccountForm form, BindingResult result,
			@AuthenticationPrincipal AccountPrincipal me, Model model) {
		if (!result.hasFieldErrors("email") && this.accounts.emailTaken(form.getEmail())) {
			result.rejectValue("email", "account.email.taken");
		}
		if (result.hasErrors()) {
			return FORM_VIEW;
		}
		Accounts.NewAccount created = this.accounts.create(form.getEmail(), form.getDisplayName(), form.getRole(), me);
		return showLink(model, created.account(), created.token(), "account.created");
	}

	@PostMapping(PATH + "/{id}/link")
	String newPasswordLink(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, Model model) {
		String token = this.accounts.resetLink(id, me);
		return showLink(model, this.accounts.get(id), token, "account.linkCreated");
	}

	@PostMapping(PATH + "/{id}/role")
	String changeRole(@PathVariable long id, @RequestParam Role role, @AuthenticationPrincipal AccountPrincipal me,
			RedirectAttributes redirect) {
		return change(redirect, "account.roleChanged", () -> this.accounts.changeRole(id, role, me));
	}

	@PostMapping(PATH + "/{id}/disable")
	String disable(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
		return change(redirect, "account.disabled", () -> this.accounts.disable(id, me));
	}

	@PostMapping(PATH + "/{id}/enable")
	String enable(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
		return change(redirect, "account.enabled", () -> this.accounts.enable(id, me));
	}

	/** Shows a new link once; it is never stored in clear, and the page is not cached. */
	private String showLink(Model model, Account account, String token, String messageKey) {
		String link = this.site.absolute(PasswordLinkController.PATH + "/" + token);
		model.addAttribute("email", account.getEmail());
		model.addAttribute("link", link);
		model.addAttribute("messageKey", messageKey);
		model.addAttribute("mailed", this.mail.send(account, link));
		return LINK_VIEW;
	}

	private String change(RedirectAttributes redirect, String doneKey, Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("message", doneKey);
		}
		catch (Accounts.AccountChangeRefused refused) {
			redirect.addFlashAttribute("error", refused.messageKey());
		}
		return "redirect:" + PATH;
	}

}
