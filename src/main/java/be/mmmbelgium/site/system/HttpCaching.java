package be.mmmbelgium.site.system;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * How browsers, proxies and crawlers may keep what the public site answers.
 * <ul>
 * <li>Pages, feeds, sitemaps and robots.txt: cached briefly by anyone, served stale while
 * revalidated, and validated by the {@link ContentVersion}: a conditional request for
 * unchanged content is answered 304 here, before any controller or template runs.</li>
 * <li>Static files: with a fingerprint in their name (the names pages link to), kept a year
 * and never revalidated; without one, an hour.</li>
 * </ul>
 * The back-office, media files (which carry their own headers) and error answers are left
 * alone: validators and caching headers go only on successful answers.
 */
class HttpCaching extends OncePerRequestFilter {

	static final String PAGES = "public, max-age=60, stale-while-revalidate=600";

	static final String FINGERPRINTED = "public, max-age=31536000, immutable";

	static final String STATIC = "public, max-age=3600";

	/** A file name with the content hash the resource chain adds, as {@code site-0a1b…9f.css}. */
	private static final Pattern FINGERPRINT = Pattern.compile(".*-[0-9a-f]{32}\\.[a-z0-9]+$");

	private final ContentVersion version;

	private final Clock clock;

	HttpCaching(ContentVersion version, Clock clock) {
		this.version = version;
		this.clock = clock;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		String path = request.getRequestURI();
		return !(HttpMethod.GET.matches(method) || HttpMethod.HEAD.matches(method)) || path.equals("/")
				|| path.startsWith("/admin") || path.startsWith("/media/") || path.startsWith("/error");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (isStatic(request.getRequestURI())) {
			String policy = FINGERPRINT.matcher(request.getRequestURI()).matches() ? FINGERPRINTED : STATIC;
			OnSuccess wrapped = new OnSuccess(response, null, policy);
			chain.doFilter(request, wrapped);
			wrapped.apply();
			return;
		}
		ContentVersion.Validators validators = this.version.at(Instant.now(this.clock));
		if (isUnchanged(request, validators)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			new OnSuccess(response, validators, PAGES).apply();
			return;
		}
		OnSuccess wrapped = new OnSuccess(response, validators, PAGES);
		chain.doFilter(request, wrapped);
		wrapped.apply();
	}

	private static boolean isStatic(String path) {
		return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/img/")
				|| path.equals("/favicon.ico");
	}

	/**
	 * Whether the client's copy is current: by its entity tag when it sends one (weakly
	 * compared, as for a GET), by its date otherwise.
	 */
	static boolean isUnchanged(HttpServletRequest request, ContentVersion.Validators validators) {
		String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (ifNoneMatch != null) {
			String tag = opaque(validators.etag());
			for (String candidate : ifNoneMatch.split(",")) {
				String trimmed = candidate.strip();
				if (trimmed.equals("*") || opaque(trimmed).equals(tag)) {
					return true;
				}
			}
			return false;
		}
		try {
			long since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
			return since >= 0 && validators.lastModified().toEpochMilli() <= since;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static String opaque(String etag) {
		return etag.startsWith("W/") ? etag.substring(2) : etag;
	}

	/**
	 * The response, given its validators and caching policy just before its body is written,
	 * if it is a success; anything else is answered as it would be without them.
	 */
	private static final class OnSuccess extends HttpServletResponseWrapper {

		private final ContentVersion.Validators validators;

		private final String policy;

		private boolean applied;

		OnSuccess(HttpServletResponse response, ContentVersion.Validators validators, String policy) {
			super(response);
			this.validators = validators;
			this.policy = policy;
		}

		void apply() {
			HttpServletResponse response = (HttpServletResponse) getResponse();
			if (this.applied || response.isCommitted()) {
				return;
			}
			this.applied = true;
			int status = response.getStatus();
			if (status != HttpServletResponse.SC_OK && status != HttpServletResponse.SC_NOT_MODIFIED) {
				return;
			}
			response.setHeader(HttpHeaders.CACHE_CONTROL, this.policy);
			if (this.validators != null) {
				response.setHeader(HttpHeaders.ETAG, this.validators.etag());
				response.setDateHeader(HttpHeaders.LAST_MODIFIED, this.validators.lastModified().toEpochMilli());
			}
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			apply();
			return super.getOutputStream();
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			apply();
			return super.getWriter();
		}

		@Override
		public void flushBuffer() throws IOException {
			apply();
			super.flushBuffer();
		}

	}

}
