package be.mmmbelgium.site.account.signin;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.transaction.TransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

import be.mmmbelgium.site.account.Account;
import be.mmmbelgium.site.account.AccountPrincipal;
import be.mmmbelgium.site.account.AccountRepository;
import be.mmmbelgium.site.account.SecurityConfiguration;
import be.mmmbelgium.site.account.twofactor.TwoFactor;
import be.mmmbelgium.site.account.twofactor.TwoFactorController;
import be.mmmbelgium.site.audit.AuditKind;
import be.mmmbelgium.site.audit.AuditLog;
import be.mmmbelgium.site.web.DatabaseUnavailable;

/**
 * Holds every back-office request to the account as it is now, not as it was at sign-in:
 * a disabled account's sessions end at their next request, and a changed role or language
 * applies at once, on every instance of the site. It belongs to the back-office filter
 * chain only, which is why it is not a bean of its own.
 */
public class ActiveAccountFilter extends OncePerRequestFilter {

	private final AccountRepository accounts;

	private final TwoFactor twoFactor;

	private final AuditLog audit;

	public ActiveAccountFilter(AccountRepository accounts, TwoFactor twoFactor, AuditLog audit) {
		this.accounts = accounts;
		this.twoFactor = twoFactor;
		this.audit = audit;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		SecurityContext context = SecurityContextHolder.getContext();
		Authentication authentication = context.getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
			// A disabled account, or a password changed since this session began, ends
			// the session.
			Optional<Account> found;
			try {
				found = this.accounts.findById(principal.id());
			}
			catch (DataAccessException | TransactionException ex) {
				if (!DatabaseUnavailable.isCause(ex)) {
					throw ex;
				}
				// Without the database nothing can be read or saved: the request goes on,
				// to be refused with what it carried given back (see
				// DatabaseUnavailableAdvice).
				chain.doFilter(request, response);
				return;
			}
			Optional<Account> account = found.filter(Account::isEnabled)
				.filter((active) -> Objects.equals(active.getPasswordChangedAt(), principal.passwordChangedAt()));
			if (account.isEmpty()) {
				this.audit.record(AuditKind.SESSION_ENDED, principal.actor(), principal.email(),
						"account disabled or password changed");
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
				SecurityContextHolder.clearContext();
				response.sendRedirect(request.getContextPath() + SecurityConfiguration.LOGIN + "?ended");
				return;
			}
			if (!(authentication instanceof UsernamePasswordAuthenticationToken)) {
				// Half-way through a two-factor sign-in: nothing to refresh yet.
				chain.doFilter(request, response);
				return;
			}
			if (this.twoFactor.mustEnrol(account.get()) && !mayEnrol(request)) {
				response.sendRedirect(request.getContextPath() + TwoFactorController.PATH + "?required");
				return;
			}
			AccountPrincipal current = new AccountPrincipal(account.get());
			current.eraseCredentials();
			if (!current.sameAs(principal)) {
				UsernamePasswordAuthenticationToken refreshed = UsernamePasswordAuthenticationToken
					.authenticated(current, null, current.getAuthorities());
				refreshed.setDetails(authentication.getDetails());
				context.setAuthentication(refreshed);
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
				}
			}
		}
		chain.doFilter(request, response);
	}

	/** Where an admin who must set up two-factor sign-in may still go. */
	private static boolean mayEnrol(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith(TwoFactorController.PATH) || path.equals("/admin/logout");
	}

}
