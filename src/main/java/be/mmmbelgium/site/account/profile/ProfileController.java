package be.mmmbelgium.site.account.profile;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.mmmbelgium.site.account.Account;
import be.mmmbelgium.site.account.AccountPrincipal;
import be.mmmbelgium.site.account.Accounts;
import be.mmmbelgium.site.account.signin.SignInAndOutHandler;
import be.mmmbelgium.site.admin.AdminPages;
import be.mmmbelgium.site.web.Language;

/**
 * Every person's own account: their password and the language of their back-office.
 */
@Controller
@AdminPages
class ProfileController {

	static final String PATH = "/admin/profile";

	static final String VIEW = "admin/profile";

	private final Accounts accounts;

	private final SignInAndOutHandler signIn;

	ProfileController(Accounts accounts, SignInAndOutHandler signIn) {
		this.accounts = accounts;
		this.signIn = signIn;
	}

	@ModelAttribute("languages")
	Language[] languages() {
		return Language.values();
	}

	@ModelAttribute("account")
	Account account(@AuthenticationPrincipal AccountPrincipal me) {
		return this.accounts.get(me.id());
	}

	@GetMapping(PATH)
	String show(@ModelAttribute("form") ChangePasswordForm form) {
		return VIEW;
	}

	@PostMapping(PATH + "/password")
	String changePassword(@Valid @ModelAttribute("form") ChangePasswordForm form, BindingResult result,
			@AuthenticationPrincipal AccountPrincipal me, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (!result.hasFieldErrors("confirmation") && !form.confirmed()) {
			result.rejectValue("confirmation", "password.mismatch");
		}
		if (result.hasErrors()) {
			return VIEW;
		}
		try {
			this.accounts.changePassword(me, form.getCurrent(), form.getPassword());
		}
		catch (Accounts.AccountChangeRefused refused) {
			result.rejectValue(
					refused.messageKey().startsWith("password.current")
							|| refused.messageKey().equals("password.locked") ? "current" : "password",
					refused.messageKey());
			return VIEW;
		}
		this.signIn.refresh(new AccountPrincipal(this.accounts.get(me.id())), request, response);
		redirect.addFlashAttribute("message", "profile.passwordChanged");
		return "redirect:" + PATH;
	}

	@PostMapping(PATH + "/language")
	String changeLanguage(@RequestParam Language language, @AuthenticationPrincipal AccountPrincipal me,
			RedirectAttributes redirect) {
		this.accounts.changeLanguage(me, language);
		redirect.addFlashAttribute("message", "profile.languageChanged");
		return "redirect:" + PATH;
	}

}
