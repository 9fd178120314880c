package be.mmmbelgium.site.account;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.mmmbelgium.site.system.AdminPages;
import be.mmmbelgium.site.system.ClientAddress;

/**
 * Each person turns two-factor sign-in on, by scanning a QR code and typing a code of their
 * app, or off again with their password.
 */
@Controller
@AdminPages
class TwoFactorController {

	static final String PATH = "/admin/profile/two-factor";

	static final String VIEW = "admin/two-factor";

	static final String CODES_VIEW = "admin/recovery-codes";

	private final TwoFactor twoFactor;

	private final Accounts accounts;

	TwoFactorController(TwoFactor twoFactor, Accounts accounts) {
		this.twoFactor = twoFactor;
		this.accounts = accounts;
	}

	@GetMapping(PATH)
	String show(@AuthenticationPrincipal AccountPrincipal me, Model model) {
		Account account = this.accounts.get(me.id());
		model.addAttribute("account", account);
		if (account.isTotpEnabled()) {
			model.addAttribute("codesLeft", this.twoFactor.recoveryCodesLeft(me.id()));
		}
		else {
			model.addAttribute("enrolment", this.twoFactor.enrolment(me.id()));
		}
		return VIEW;
	}

	@PostMapping(PATH)
	String confirm(@RequestParam(defaultValue = "") String code, @AuthenticationPrincipal AccountPrincipal me,
			HttpServletRequest request, Model model) {
		try {
			model.addAttribute("codes", this.twoFactor.confirm(me, code, ClientAddress.of(request)));
			return CODES_VIEW;
		}
		catch (Accounts.AccountChangeRefused refused) {
			model.addAttribute("error", refused.messageKey());
			return show(me, model);
		}
	}

	@PostMapping(PATH + "/disable")
	String disable(@RequestParam(defaultValue = "") String password, @AuthenticationPrincipal AccountPrincipal me,
			HttpServletRequest request, RedirectAttributes redirect) {
		try {
			this.twoFactor.disable(me, password, ClientAddress.of(request));
			redirect.addFlashAttribute("message", "twoFactor.disabled");
		}
		catch (Accounts.AccountChangeRefused refused) {
			redirect.addFlashAttribute("error", refused.messageKey());
		}
		return "redirect:" + PATH;
	}

}
