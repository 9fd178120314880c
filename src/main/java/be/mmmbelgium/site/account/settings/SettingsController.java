package be.mmmbelgium.site.account.settings;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.mmmbelgium.site.account.AccountPrincipal;
import be.mmmbelgium.site.account.twofactor.TwoFactor;
import be.mmmbelgium.site.admin.AdminPages;

/**
 * The security settings of the site that admins decide: whether admins must sign in with
 * two factors.
 */
@Controller
@AdminPages
public class SettingsController {

	public static final String PATH = "/admin/settings";

	static final String VIEW = "admin/settings";

	private final TwoFactor twoFactor;

	SettingsController(TwoFactor twoFactor) {
		this.twoFactor = twoFactor;
	}

	@GetMapping(PATH)
	String show(Model model) {
		model.addAttribute("twoFactorRequired", this.twoFactor.requiredForAdmins());
		return VIEW;
	}

	@PostMapping(PATH)
	String save(@RequestParam(defaultValue = "false") boolean twoFactorRequired,
			@AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
		this.twoFactor.requireForAdmins(twoFactorRequired, me);
		redirect.addFlashAttribute("message", "settings.saved");
		return "redirect:" + PATH;
	}

}
