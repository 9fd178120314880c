package be.mmmbelgium.site.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;
import org.springframework.web.util.UrlPathHelper;

/**
 * One spelling for every address: a request whose path is written otherwise than the site
 * writes it ({@code /%66r/actualites}, {@code /fr//actualites}, {@code /fr/actualites;x},
 * {@code %c3%a9} for {@code %C3%A9}) is sent, permanently, to the path as the site writes
 * it; one with dot segments ({@code /fr/.%2E/}) is refused as a bad request. What a page
 * shows, its language, and the key it is kept under in caches all come from that one
 * path, so that no spelling of an address can be answered with another's page.
 * <p>
 * The site's spelling is the path as the server reads it (decoded, without doubled
 * slashes), each segment encoded again as RFC 3986 prefers: unreserved characters as they
 * are, anything else in UTF-8 with upper-case hexadecimal digits.
 */
class CanonicalAddresses extends OncePerRequestFilter {

	private static final UrlPathHelper PATHS = UrlPathHelper.defaultInstance;

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !(HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String written = request.getRequestURI().substring(request.getContextPath().length());
		String canonical = canonical(PATHS.getPathWithinApplication(request));
		if (canonical == null) {
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		if (written.equals(canonical)) {
			chain.doFilter(request, response);
			return;
		}
		String query = request.getQueryString();
		response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
		response.setHeader(HttpHeaders.LOCATION,
				request.getContextPath() + canonical + (query == null ? "" : "?" + query));
	}

	/**
	 * A decoded path, its segments encoded as the site writes them, never with two
	 * slashes in a row; null when it has dot segments, which no address of the site has
	 * (a server such as Tomcat refuses them before the site sees them).
	 */
	static @Nullable String canonical(String decoded) {
		StringBuilder path = new StringBuilder(decoded.length() + 8);
		for (String segment : decoded.split("/", -1)) {
			if (segment.equals(".") || segment.equals("..")) {
				return null;
			}
			if (!segment.isEmpty()) {
				path.append('/').append(UriUtils.encodePathSegment(segment, StandardCharsets.UTF_8));
			}
		}
		if (path.isEmpty() || decoded.endsWith("/")) {
			path.append('/');
		}
		return path.toString();
	}

}
