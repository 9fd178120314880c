package be.mmmbelgium.site.caching;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * How long browsers and proxies may keep a static file: a year, never revalidated, when
 * its name carries a fingerprint of its content (the names pages link to); an hour when
 * it does not.
 */
final class StaticFileCaching {

	static final String FINGERPRINTED = "public, max-age=31536000, immutable";

	static final String STATIC = "public, max-age=3600";

	/**
	 * A file name with the content hash the resource chain adds, as
	 * {@code site-0a1b…9f.css}.
	 */
	private static final Pattern FINGERPRINT = Pattern.compile(".*-[0-9a-f]{32}\\.[a-z0-9]+$");

	private StaticFileCaching() {
	}

	/** Serves the static file at a path with the caching policy its name calls for. */
	static void serve(String path, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		String policy = FINGERPRINT.matcher(path).matches() ? FINGERPRINTED : STATIC;
		OnSuccess answer = new OnSuccess(response, null, policy);
		chain.doFilter(request, answer);
		answer.apply();
	}

}
