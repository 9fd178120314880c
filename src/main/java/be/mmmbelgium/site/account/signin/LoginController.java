package be.mmmbelgium.site.account.signin;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import be.mmmbelgium.site.account.SecurityConfiguration;
import be.mmmbelgium.site.admin.AdminPages;

/**
 * The sign-in page; Spring Security handles the form it posts.
 */
@Controller
@AdminPages
class LoginController {

	static final String VIEW = "admin/login";

	@GetMapping(SecurityConfiguration.LOGIN)
	String login(Authentication authentication) {
		if (authentication instanceof TwoFactorPending) {
			return "redirect:" + CodeController.PATH;
		}
		boolean signedIn = authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
		return signedIn ? "redirect:/admin" : VIEW;
	}

}
