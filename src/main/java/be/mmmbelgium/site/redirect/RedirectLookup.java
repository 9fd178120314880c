package be.mmmbelgium.site.redirect;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.mmmbelgium.site.web.MovedAddresses;

/**
 * Finds where the redirect table sends a request, with or without its trailing slash, its
 * query string kept; or, first, where it sends the request's path and query together
 * (kept so for old addresses such as {@code /?p=123}). Only reading requests of the
 * public site are sent on, and never to their own address.
 */
@Service
class RedirectLookup implements MovedAddresses {

	private final RedirectRepository redirects;

	RedirectLookup(RedirectRepository redirects) {
		this.redirects = redirects;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> newLocation(HttpServletRequest request) {
		if (!HttpMethod.GET.matches(request.getMethod()) && !HttpMethod.HEAD.matches(request.getMethod())) {
			return Optional.empty();
		}
		Optional<String> path = OldPath.normalise(request.getRequestURI().substring(request.getContextPath().length()))
			.filter((normalised) -> !OldPath.isBackOffice(normalised));
		String query = request.getQueryString();
		if (query != null && path.isPresent()) {
			// An address whose query names the page, as WordPress's /?p=123, is kept
			// whole.
			Optional<String> whole = OldPath.normalise(path.get() + "?" + query)
				.flatMap(this.redirects::findByOldPath)
				.map(Redirect::getTarget);
			if (whole.isPresent()) {
				return whole;
			}
		}
		return path.flatMap(this.redirects::findByOldPath)
			.map(Redirect::getTarget)
			.filter((target) -> !OldPath.normalise(target).equals(path))
			.map((target) -> (query == null) ? target : target + "?" + query);
	}

}
