package be.mmmbelgium.site.redirect;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import be.mmmbelgium.site.web.MovedAddresses;

/**
 * Asks the {@link MovedAddresses redirect table} at the moment a 404 or a 410 is about to
 * be sent, whoever sends it (an address no route maps, or content not found or removed),
 * and answers a 301 instead when the address was sent elsewhere. A request the site
 * answers never reaches the table: it costs no query.
 * <p>
 * A redirect wins over a 410: an admin who sends the address of removed content somewhere
 * means visitors to go there.
 */
@Component
class NotFoundRedirectFilter extends OncePerRequestFilter {

	/** Absent from slices of the application that test controllers alone. */
	private final ObjectProvider<MovedAddresses> movedAddresses;

	NotFoundRedirectFilter(ObjectProvider<MovedAddresses> movedAddresses) {
		this.movedAddresses = movedAddresses;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, new RedirectInsteadOfError(request, response));
	}

	private final class RedirectInsteadOfError extends HttpServletResponseWrapper {

		private final HttpServletRequest request;

		RedirectInsteadOfError(HttpServletRequest request, HttpServletResponse response) {
			super(response);
			this.request = request;
		}

		@Override
		public void sendError(int status) throws IOException {
			if (!redirected(status)) {
				super.sendError(status);
			}
		}

		@Override
		public void sendError(int status, String message) throws IOException {
			if (!redirected(status)) {
				super.sendError(status, message);
			}
		}

		private boolean redirected(int status) {
			if ((status != SC_NOT_FOUND && status != SC_GONE) || isCommitted()) {
				return false;
			}
			MovedAddresses table = NotFoundRedirectFilter.this.movedAddresses.getIfAvailable();
			return table != null && table.newLocation(this.request).map((location) -> {
				resetBuffer();
				setStatus(SC_MOVED_PERMANENTLY);
				setHeader(HttpHeaders.LOCATION, location);
				return true;
			}).orElse(false);
		}

	}

}
