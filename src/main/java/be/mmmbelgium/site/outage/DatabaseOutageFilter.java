package be.mmmbelgium.site.outage;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.filter.OncePerRequestFilter;
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

	DatabaseOutageFilter(DatabaseOutage outage) {
		this.outage = outage;
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
			if (DatabaseUnavailable.isUnreachable(ex)) {
				// Before the error page renders, so that it does not wait for the
				// database too.
				this.outage.seen();
			}
			throw ex;
		}
	}

}
