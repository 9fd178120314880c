package be.mmmbelgium.site.account.link;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
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
 * Creates the first admin of a site through the one-time link written to the log at
 * start-up.
 */
@Controller
@AdminPages
public class SetupController {

	public static final String PATH = "/admin/setup";

	static final String VIEW = "admin/setup";

	private final Accounts accounts;

	private final AuditLog audit;

	SetupController(Accounts accounts, AuditLog audit) {
		this.accounts = accounts;
		this.audit = audit;
	}

	@GetMapping(PATH + "/{token}")
	String initForm(@PathVariable String token, @ModelAttribute("form") SetupForm form) {
		return this.accounts.setupLinkValid(token) ? VIEW : refused();
	}

	private String refused() {
		this.audit.record(AuditKind.LINK_REFUSED, AuditLog.Actor.NOBODY, null, "setup link");
		return PasswordLinkController.INVALID_VIEW;
	}

	@PostMapping(PATH + "/{token}")
	String processForm(@PathVariable String token, @Valid @ModelAttribute("form") SetupForm form,
			BindingResult result) {
		if (!this.accounts.setupLinkValid(token)) {
			return refused();
		}
		if (!result.hasFieldErrors("confirmation") && !form.confirmed()) {
			result.rejectValue("confirmation", "password.mismatch");
		}
		if (result.hasErrors()) {
			return VIEW;
		}
		try {
			this.accounts.createFirstAdmin(token, form.getEmail(), form.getDisplayName(), form.getPassword());
		}
		catch (Accounts.AccountChangeRefused refused) {
			result.rejectValue("password", refused.messageKey());
			return VIEW;
		}
		return "redirect:" + SecurityConfiguration.LOGIN + "?passwordSet";
	}

}
