package be.mmmbelgium.site.account;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

import be.mmmbelgium.site.audit.AuditKind;
import be.mmmbelgium.site.audit.AuditLog;

/**
 * Writes sign-ins and sign-outs to the audit log.
 */
@Component
class SignInEvents extends SavedRequestAwareAuthenticationSuccessHandler implements LogoutHandler {

	private final AuditLog audit;

	SignInEvents(AuditLog audit) {
		this.audit = audit;
		setDefaultTargetUrl("/admin");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		if (authentication.getPrincipal() instanceof AccountPrincipal principal) {
			this.audit.record(AuditKind.SIGN_IN, principal.actor(), principal.email(), null, request.getRemoteAddr());
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

	@Override
	public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
			this.audit.record(AuditKind.SIGN_OUT, principal.actor(), principal.email(), null, request.getRemoteAddr());
		}
	}

}
