package be.mmmbelgium.site.account.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import be.mmmbelgium.site.account.AccountPrincipal;
import be.mmmbelgium.site.account.SecurityConfiguration;
import be.mmmbelgium.site.account.twofactor.TwoFactor;
import be.mmmbelgium.site.admin.AdminPages;
import be.mmmbelgium.site.admin.KeptForms;
import be.mmmbelgium.site.audit.AuditKind;
import be.mmmbelgium.site.audit.AuditLog;
import be.mmmbelgium.site.web.ClientAddress;

/**
 * The second step of signing in with two-factor: the code of the app, or a recovery code.
 * Wrong codes are throttled like wrong passwords; a lock ends the attempt.
 */
@Controller
@AdminPages
public class CodeController {

	public static final String PATH = "/admin/login/code";

	static final String VIEW = "admin/code";

	private final TwoFactor twoFactor;

	private final SignInThrottle throttle;

	private final SignInAndOutHandler signIn;

	private final AuditLog audit;

	CodeController(TwoFactor twoFactor, SignInThrottle throttle, SignInAndOutHandler signIn, AuditLog audit) {
		this.twoFactor = twoFactor;
		this.throttle = throttle;
		this.signIn = signIn;
		this.audit = audit;
	}

	@GetMapping(PATH)
	String form() {
		return VIEW;
	}

	@PostMapping(PATH)
	String verify(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (!(authentication instanceof TwoFactorPending pending)) {
			return "redirect:" + SecurityConfiguration.LOGIN;
		}
		AccountPrincipal principal = pending.getPrincipal();
		String address = ClientAddress.of(request);
		SignInThrottle.Attempt attempt = this.throttle.attempt(SignInThrottle.Kind.CODE, principal.email(), address);
		if (attempt.allowed() && this.twoFactor.verifySignIn(principal.id(), code)) {
			this.throttle.succeeded(SignInThrottle.Kind.CODE, principal.email(), address);
			this.signIn.completeTwoFactor(pending, request, response);
			return "redirect:"
					+ KeptForms.returnTo(request).orElseGet(() -> this.signIn.returnAddress(request, response));
		}
		boolean locked = !attempt.allowed() || attempt.lockedNow();
		this.audit.record(locked ? AuditKind.SIGN_IN_LOCKED : AuditKind.SIGN_IN_FAILED, principal.actor(),
				principal.email(), "two-factor code");
		if (locked) {
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			SecurityContextHolder.clearContext();
			return "redirect:" + SecurityConfiguration.LOGIN + "?error";
		}
		model.addAttribute("wrong", true);
		return VIEW;
	}

}
