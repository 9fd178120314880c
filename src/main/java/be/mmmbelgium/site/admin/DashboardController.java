package be.mmmbelgium.site.admin;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.bind.annotation.GetMapping;

import be.mmmbelgium.site.account.AccountPrincipal;
import be.mmmbelgium.site.audit.AuditLog;
import be.mmmbelgium.site.system.AdminPages;

/**
 * The start page of the back-office: what the signed-in person can do, and what they did
 * lately.
 */
@Controller
@AdminPages
class DashboardController {

	static final String VIEW = "admin/dashboard";

	static final int RECENT_ACTIVITY = 10;

	private final AuditLog audit;

	DashboardController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/admin")
	ModelAndView dashboard(@AuthenticationPrincipal AccountPrincipal me) {
		return new ModelAndView(VIEW).addObject("me", me)
			.addObject("activity", this.audit.activityOf(me.email(), PageRequest.of(0, RECENT_ACTIVITY)));
	}

}
