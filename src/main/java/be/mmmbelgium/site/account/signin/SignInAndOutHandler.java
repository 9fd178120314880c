package be.mmmbelgium.site.account.signin;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.DefaultSavedRequest;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

import be.mmmbelgium.site.account.AccountEvent;
import be.mmmbelgium.site.account.AccountPrincipal;
import be.mmmbelgium.site.admin.KeptForms;
import be.mmmbelgium.site.admin.WriterMarks;

/**
 * The handler of a successful sign-in and of a sign-out. Once a password was right, a
 * person with two-factor sign-in is asked for their code and anyone else is in; both
 * sign-ins and sign-outs are told as {@link AccountEvent}s, for the audit log.
 */
@Component
public class SignInAndOutHandler extends SavedRequestAwareAuthenticationSuccessHandler implements LogoutHandler {

	/**
	 * The back-office's start page, where a sign-in leads when no other page was asked
	 * for.
	 */
	static final String HOME = "/admin";

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private final ApplicationEventPublisher events;

	private final RequestCache savedRequests = new HttpSessionRequestCache();

	private final WriterMarks marks;

	SignInAndOutHandler(ApplicationEventPublisher events, WriterMarks marks) {
		this.events = events;
		this.marks = marks;
		setDefaultTargetUrl(HOME);
		setRequestCache(this.savedRequests);
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
			this.events.publishEvent(new AccountEvent.SignedIn(principal.actor(), principal.email(), null));
			this.marks.mark(principal.id(), request, response);
		}
		Optional<String> keptForm = KeptForms.returnTo(request);
		if (keptForm.isPresent() && authentication.getPrincipal() instanceof AccountPrincipal) {
			getRedirectStrategy().sendRedirect(request, response, keptForm.get());
			return;
		}
		clearAuthenticationAttributes(request);
		getRedirectStrategy().sendRedirect(request, response, returnAddress(request, response));
	}

	/**
	 * Where someone goes once signed in, as a path within the site: the back-office
	 * address they asked for while signed out (a bookmark), or the start page. It is
	 * rebuilt from the path and query of that request alone: the saved request's own
	 * redirect address is absolute, made with the host the request named, and must send
	 * no one elsewhere.
	 */
	String returnAddress(HttpServletRequest request, HttpServletResponse response) {
		SavedRequest saved = this.savedRequests.getRequest(request, response);
		this.savedRequests.removeRequest(request, response);
		if (!(saved instanceof DefaultSavedRequest asked) || !"GET".equals(asked.getMethod())
				|| asked.getRequestURI() == null || !asked.getRequestURI().startsWith(request.getContextPath())) {
			return HOME;
		}
		String path = asked.getRequestURI().substring(request.getContextPath().length());
		if (!(path.equals(HOME) || path.startsWith(HOME + "/")) || path.contains("\\")) {
			return HOME;
		}
		return asked.getQueryString() == null ? path : path + "?" + asked.getQueryString();
	}

	/** Completes a sign-in whose second factor was right, with a new session id. */
	void completeTwoFactor(TwoFactorPending pending, HttpServletRequest request, HttpServletResponse response) {
		AccountPrincipal principal = pending.getPrincipal();
		UsernamePasswordAuthenticationToken full = UsernamePasswordAuthenticationToken.authenticated(principal, null,
				principal.getAuthorities());
		full.setDetails(pending.getDetails());
		request.changeSessionId();
		save(full, request, response);
		this.events
			.publishEvent(new AccountEvent.SignedIn(principal.actor(), principal.email(), "with two-factor code"));
		this.marks.mark(principal.id(), request, response);
	}

	/**
	 * Keeps the current session of someone who just changed their password, under a new
	 * id, while every other session of theirs ends.
	 */
	public void refresh(AccountPrincipal principal, HttpServletRequest request, HttpServletResponse response) {
		principal.eraseCredentials();
		UsernamePasswordAuthenticationToken refreshed = UsernamePasswordAuthenticationToken.authenticated(principal,
				null, principal.getAuthorities());
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		save(refreshed, request, response);
	}

	private void save(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

	@Override
	public void logout(HttpServletRequest request, HttpServletResponse response,
			@Nullable Authentication authentication) {
		if (authentication instanceof UsernamePasswordAuthenticationToken
				&& authentication.getPrincipal() instanceof AccountPrincipal principal) {
			this.events.publishEvent(new AccountEvent.SignedOut(principal.actor(), principal.email()));
		}
		this.marks.forget(request, response);
	}

}
