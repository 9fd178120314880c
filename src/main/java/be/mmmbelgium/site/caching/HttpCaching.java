package be.mmmbelgium.site.caching;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

import be.mmmbelgium.site.web.StaticFiles;

/**
 * How browsers, proxies and crawlers may keep what the public site answers.
 * <ul>
 * <li>Pages, feeds, sitemaps and robots.txt: cached briefly by anyone, served stale while
 * revalidated, and validated by the entity tag of the {@link ContentVersion}: a
 * conditional request for unchanged content is answered 304 here, before any controller
 * or template runs ({@link NotModified}), and a page rendered earlier at the same version
 * is sent again as it was ({@link KeptAnswers}).</li>
 * <li>Static files: with a fingerprint in their name (the names pages link to), kept a
 * year and never revalidated; without one, an hour ({@link StaticFileCaching}).</li>
 * </ul>
 * The back-office, media files (which carry their own headers) and error answers are left
 * alone: validators and caching headers go only on successful answers.
 * <p>
 * The filter runs before Spring Security's: a kept answer is sent with the security
 * headers it was rendered with, and a 304 carries only its validators. Only the public
 * site, which keeps no session and needs no one signed in, passes here.
 */
class HttpCaching extends OncePerRequestFilter {

	static final String PAGES = "public, max-age=60, stale-while-revalidate=600";

	private static final UrlPathHelper PATHS = UrlPathHelper.defaultInstance;

	private final ContentVersion version;

	private final KeptAnswers kept;

	private final Clock clock;

	HttpCaching(ContentVersion version, RenderedPages rendered, Clock clock) {
		this.version = version;
		this.kept = new KeptAnswers(rendered);
		this.clock = clock;
	}

	/**
	 * Only the public site's own addresses, named one by one, read decoded as the rest of
	 * the site reads them: an address written otherwise ({@code /%61dmin/…}) is not one
	 * of them.
	 */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		if (!(HttpMethod.GET.matches(method) || HttpMethod.HEAD.matches(method))) {
			return true;
		}
		String path = PATHS.getLookupPathForRequest(request);
		return !(StaticFiles.isStatic(path) || isPublic(path));
	}

	private static boolean isPublic(String path) {
		return path.startsWith("/fr/") || path.startsWith("/nl/") || path.startsWith("/en/")
				|| path.startsWith("/sitemap") || path.equals("/robots.txt");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = PATHS.getLookupPathForRequest(request);
		if (StaticFiles.isStatic(path)) {
			StaticFileCaching.serve(path, request, response, chain);
			return;
		}
		String etag = this.version.at(Instant.now(this.clock));
		OnSuccess answer = new OnSuccess(response, etag, PAGES);
		if (!NotModified.answered(request, etag, answer)) {
			this.kept.answer(request, response, answer, chain, etag);
		}
	}

}
