package be.mmmbelgium.site.account;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

import be.mmmbelgium.site.audit.AuditKind;
import be.mmmbelgium.site.audit.AuditLog;

/**
 * What happens once a password was right: a person with two-factor sign-in is asked for
 * their code, anyone else is in. Sign-ins and sign-outs go to the audit log.
 */
@Component
class SignInEvents extends SavedRequestAwareAuthenticationSuccessHandler implements LogoutHandler {

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private final AuditLog audit;

	SignInEvents(AuditLog audit) {
		this.audit = audit;
		setDefaultTargetUrl("/admin");
		// The saved request is absolute, built from the Host header: keep only its path.
		DefaultRedirectStrategy redirects = new DefaultRedirectStrategy();
		redirects.setContextRelative(true);
		setRedirectStrategy(redirects);
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		if (authentication.getPrincipal() instanceof AccountPrincipal principal) {
			if (principal.totpEnabled()) {
				save(new TwoFactorPending(principal, authentication.getDetails()), request, response);
				getRedirectStrategy().sendRedirect(request, response, CodeController.PATH);
				return;
			}
			this.audit.record(AuditKind.SIGN_IN, principal.actor(), principal.email(), null, request.getRemoteAddr());
		}
		java.util.Optional<String> keptForm = KeptForms.returnTo(request);
		if (keptForm.isPresent() && authentication.getPrincipal() instanceof AccountPrincipal) {
			getRedirectStrategy().sendRedirect(request, response, keptForm.get());
			return;
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

	/** Completes a sign-in whose second factor was right, with a new session id. */
	void completeTwoFactor(TwoFactorPending pending, HttpServletRequest request, HttpServletResponse response) {
		AccountPrincipal principal = pending.getPrincipal();
		UsernamePasswordAuthenticationToken full = UsernamePasswordAuthenticationToken.authenticated(principal, null,
				principal.getAuthorities());
		full.setDetails(pending.getDetails());
		request.changeSessionId();
		save(full, request, response);
		this.audit.record(AuditKind.SIGN_IN, principal.actor(), principal.email(), "with two-factor code",
				request.getRemoteAddr());
	}

	/**
	 * Keeps the current session of someone who just changed their password, under a new id,
	 * while every other session of theirs ends.
	 */
	void refresh(AccountPrincipal principal, HttpServletRequest request, HttpServletResponse response) {
		principal.eraseCredentials();
		UsernamePasswordAuthenticationToken refreshed = UsernamePasswordAuthenticationToken.authenticated(principal,
				null, principal.getAuthorities());
		request.changeSessionId();
		save(refreshed, request, response);
	}

	private void save(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

	@Override
	public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
		if (authentication instanceof UsernamePasswordAuthenticationToken
				&& authentication.getPrincipal() instanceof AccountPrincipal principal) {
			this.audit.record(AuditKind.SIGN_OUT, principal.actor(), principal.email(), null, request.getRemoteAddr());
		}
	}

}
