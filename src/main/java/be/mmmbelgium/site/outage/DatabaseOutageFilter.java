package be.mmmbelgium.site.outage;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.util.UrlPathHelper;

import be.mmmbelgium.site.web.DatabaseUnavailable;
import be.mmmbelgium.site.web.StaticFiles;

/**
 * Keeps visitors from waiting on a database that is away. A request that fails because
 * the database cannot be reached starts an {@link DatabaseOutage}; while it lasts, pages
 * are answered 503 at once, with the site's error page. A form sent meanwhile still goes
 * through, so that the back-office can give back what was typed in it.
 */
class DatabaseOutageFilter extends OncePerRequestFilter {

	private final DatabaseOutage outage;

	private final ViewResolver views;

	DatabaseOutageFilter(DatabaseOutage outage, ViewResolver views) {
		this.outage = outage;
		this.views = views;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		// Static files are served without the database.
		return StaticFiles.isStatic(UrlPathHelper.defaultInstance.getLookupPathForRequest(request));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean reading = HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod());
		if (reading && !this.outage.mayTry()) {
			response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER);
			response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (!DatabaseUnavailable.isUnreachable(ex)) {
				throw ex;
			}
			// Before the error page renders, so that it does not wait for the database
			// too.
			this.outage.seen();
			if (!isBackOfficeForm(request) || response.isCommitted()) {
				throw ex;
			}
			giveBack(request, response);
		}
	}

	/** The request as the page sees it: without a session, which cannot be read. */
	private static HttpServletRequest withoutSession(HttpServletRequest request) {
		return new HttpServletRequestWrapper(request) {

			@Override
			public @Nullable HttpSession getSession(boolean create) {
				return null;
			}

		};
	}

	/**
	 * Whether a request sends a back-office form: one that failed before its page could
	 * give back what was typed (the session, kept in the database, could not be read).
	 */
	private static boolean isBackOfficeForm(HttpServletRequest request) {
		return HttpMethod.POST.matches(request.getMethod())
				&& UrlPathHelper.defaultInstance.getLookupPathForRequest(request).startsWith("/admin/");
	}

	/**
	 * Gives back what was typed, as the back-office's pages do. The form sent back holds
	 * no token against forged requests, since the one of the session cannot be read: sent
	 * again once the database is back, it is kept rather than refused (see
	 * {@code KeptForms}), and shown on its form to be saved.
	 */
	private void giveBack(HttpServletRequest request, HttpServletResponse response) throws ServletException {
		request.removeAttribute(CsrfToken.class.getName());
		request.removeAttribute("_csrf");
		response.resetBuffer();
		response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER);
		ModelAndView page = GivenBack.page(request);
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		try {
			View view = this.views.resolveViewName(GivenBack.VIEW, request.getLocale());
			if (view == null) {
				throw new ServletException("No view " + GivenBack.VIEW);
			}
			view.render(page.getModel(), withoutSession(request), response);
		}
		catch (Exception ex) {
			throw new ServletException("Could not give back the form sent while the database was away", ex);
		}
	}

}
