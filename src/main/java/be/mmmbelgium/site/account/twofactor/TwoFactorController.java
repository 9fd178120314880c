package be.mmmbelgium.site.account.twofactor;

import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.mmmbelgium.site.account.Account;
import be.mmmbelgium.site.account.AccountPrincipal;
import be.mmmbelgium.site.account.Accounts;
import be.mmmbelgium.site.admin.AdminPages;

/**
 * Each person turns two-factor sign-in on, by scanning a QR code and typing a code of
 * their app, or off again with their password.
 */
@Controller
@AdminPages
public class TwoFactorController {

	public static final String PATH = "/admin/profile/two-factor";

	static final String VIEW = "admin/two-factor";

	static final String CODES_VIEW = "admin/recovery-codes";

	/** The secret being enrolled, kept in the session only until it is confirmed. */
	static final String SECRET_ATTRIBUTE = TwoFactorController.class.getName() + ".secret";

	private final TwoFactor twoFactor;

	private final Accounts accounts;

	TwoFactorController(TwoFactor twoFactor, Accounts accounts) {
		this.twoFactor = twoFactor;
		this.accounts = accounts;
	}

	@GetMapping(PATH)
	String show(@AuthenticationPrincipal AccountPrincipal me, HttpSession session, Model model) {
		return show(me, session, model, null);
	}

	/**
	 * The page, with a new secret to enrol, or {@code secret} again after a wrong code.
	 */
	private String show(AccountPrincipal me, HttpSession session, Model model, @Nullable String secret) {
		Account account = this.accounts.get(me.id());
		model.addAttribute("account", account);
		if (account.isTotpEnabled()) {
			model.addAttribute("codesLeft", this.twoFactor.recoveryCodesLeft(me.id()));
		}
		else {
			TwoFactor.Enrolment enrolment = (secret == null) ? this.twoFactor.newEnrolment(me.id())
					: this.twoFactor.enrolment(me.id(), secret);
			session.setAttribute(SECRET_ATTRIBUTE, enrolment.secret());
			model.addAttribute("enrolment", enrolment);
		}
		return VIEW;
	}

	@PostMapping(PATH)
	String confirm(@RequestParam(defaultValue = "") String code, @AuthenticationPrincipal AccountPrincipal me,
			HttpSession session, Model model) {
		String secret = (String) session.getAttribute(SECRET_ATTRIBUTE);
		try {
			model.addAttribute("codes", this.twoFactor.confirm(me, secret, code));
			session.removeAttribute(SECRET_ATTRIBUTE);
			return CODES_VIEW;
		}
		catch (Accounts.AccountChangeRefused refused) {
			model.addAttribute("error", refused.messageKey());
			return show(me, session, model, secret);
		}
	}

	@PostMapping(PATH + "/disable")
	String disable(@RequestParam(defaultValue = "") String password, @AuthenticationPrincipal AccountPrincipal me,
			RedirectAttributes redirect) {
		try {
			this.twoFactor.disable(me, password);
			redirect.addFlashAttribute("message", "twoFactor.disabled");
		}
		catch (Accounts.AccountChangeRefused refused) {
			redirect.addFlashAttribute("error", refused.messageKey());
		}
		return "redirect:" + PATH;
	}

}
