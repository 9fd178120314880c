package be.mmmbelgium.site.account.link;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import be.mmmbelgium.site.account.Accounts;
import be.mmmbelgium.site.account.SecurityConfiguration;
import be.mmmbelgium.site.admin.AdminPages;
import be.mmmbelgium.site.audit.AuditKind;
import be.mmmbelgium.site.audit.AuditLog;

/**
 * Where the owner of a one-time link chooses their password: a new account, or a reset.
 */
@Controller
@AdminPages
public class PasswordLinkController {

	public static final String PATH = "/admin/password";

	static final String VIEW = "admin/password";

	static final String INVALID_VIEW = "admin/link-invalid";

	private final Accounts accounts;

	private final AuditLog audit;

	PasswordLinkController(Accounts accounts, AuditLog audit) {
		this.accounts = accounts;
		this.audit = audit;
	}

	/**
	 * A link that no longer works, or never did: noted, since someone may be guessing.
	 */
	private String refused() {
		this.audit.record(AuditKind.LINK_REFUSED, AuditLog.Actor.NOBODY, null, "password link");
		return INVALID_VIEW;
	}

	@GetMapping(PATH + "/{token}")
	String initForm(@PathVariable String token, Model model) {
		return this.accounts.accountOfLink(token).map((account) -> {
			model.addAttribute("account", account);
			model.addAttribute("form", new PasswordForm());
			return VIEW;
		}).orElseGet(() -> refused());
	}

	@PostMapping(PATH + "/{token}")
	String processForm(@PathVariable String token, @Valid @ModelAttribute("form") PasswordForm form,
			BindingResult result, Model model) {
		var account = this.accounts.accountOfLink(token);
		if (account.isEmpty()) {
			return refused();
		}
		model.addAttribute("account", account.get());
		if (!result.hasFieldErrors("confirmation") && !form.confirmed()) {
			result.rejectValue("confirmation", "password.mismatch");
		}
		if (result.hasErrors()) {
			return VIEW;
		}
		try {
			this.accounts.setPasswordWithLink(token, form.getPassword());
		}
		catch (Accounts.AccountChangeRefused refused) {
			result.rejectValue("password", refused.messageKey());
			return VIEW;
		}
		return "redirect:" + SecurityConfiguration.LOGIN + "?passwordSet";
	}

}
