package be.mmmbelgium.site.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses with 400 Bad Request a request whose address or parameters hold a NUL
 * character. PostgreSQL cannot keep one in text, nor compare text with it, so it would
 * otherwise reach the database as a failure (a 500) from whichever query it met first; no
 * person types it, and no form of the site has a use for it.
 */
@Component
// Ahead of sign-in, which looks the e-mail address up, and of everything else that reads
// parameters.
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class NulCharacterFilter extends OncePerRequestFilter {

	private static final char NUL = '\u0000';

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (holdsNul(request)) {
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean holdsNul(HttpServletRequest request) {
		String path = request.getRequestURI();
		if (path.indexOf(NUL) >= 0 || path.toLowerCase(Locale.ROOT).contains("%00")) {
			return true;
		}
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			if (parameter.getKey().indexOf(NUL) >= 0 || Arrays.stream(parameter.getValue())
				.anyMatch((value) -> value != null && value.indexOf(NUL) >= 0)) {
				return true;
			}
		}
		return false;
	}

}
