package be.mmmbelgium.site.caching;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.UrlPathHelper;

import be.mmmbelgium.site.web.StaticFiles;

/**
 * How browsers, proxies and crawlers may keep what the public site answers.
 * <ul>
 * <li>Pages, feeds, sitemaps and robots.txt: cached briefly by anyone, served stale while
 * revalidated, and validated by the entity tag of the {@link ContentVersion}: a
 * conditional request for unchanged content is answered 304 here, before any controller
 * or template runs, and a page rendered earlier at the same version is sent again as it
 * was ({@link RenderedPages}).</li>
 * <li>Static files: with a fingerprint in their name (the names pages link to), kept a
 * year and never revalidated; without one, an hour.</li>
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

	static final String FINGERPRINTED = "public, max-age=31536000, immutable";

	static final String STATIC = "public, max-age=3600";

	/**
	 * A file name with the content hash the resource chain adds, as
	 * {@code site-0a1b…9f.css}.
	 */
	private static final Pattern FINGERPRINT = Pattern.compile(".*-[0-9a-f]{32}\\.[a-z0-9]+$");

	private static final UrlPathHelper PATHS = UrlPathHelper.defaultInstance;

	/**
	 * Headers of a rendered answer that are not sent again as they were: those of the
	 * moment or the connection, those this filter sets, and those kept apart.
	 */
	private static final Set<String> NOT_KEPT = Set.of("cache-control", "etag", "date", "content-length",
			"transfer-encoding", "connection", "keep-alive", "set-cookie", "content-type", "content-language");

	private final ContentVersion version;

	private final RenderedPages rendered;

	private final Clock clock;

	/**
	 * The parameters each page read when it was rendered, by address: the same code reads
	 * the same parameters, whatever the content. Only pages rendered successfully are
	 * here, so the map holds no more addresses than the site has pages.
	 */
	private final Map<String, Set<String>> parametersRead = new ConcurrentHashMap<>();

	HttpCaching(ContentVersion version, RenderedPages rendered, Clock clock) {
		this.version = version;
		this.rendered = rendered;
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
			String policy = FINGERPRINT.matcher(path).matches() ? FINGERPRINTED : STATIC;
			OnSuccess wrapped = new OnSuccess(response, null, policy);
			chain.doFilter(request, wrapped);
			wrapped.apply();
			return;
		}
		String etag = this.version.at(Instant.now(this.clock));
		OnSuccess answer = new OnSuccess(response, etag, PAGES);
		if (isUnchanged(request, etag)) {
			answer.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			// The answer would have been compressed for some clients and not for others.
			answer.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
			answer.apply();
			return;
		}
		// A request served inside a transaction (as tests do) may see what is not
		// committed.
		boolean keeping = !TransactionSynchronizationManager.isActualTransactionActive();
		Set<String> reads = this.parametersRead.get(path(request));
		RenderedPages.Rendered kept = keeping && reads != null ? this.rendered.find(address(request, reads), etag)
				: null;
		if (kept != null) {
			replay(kept, request, answer);
			return;
		}
		if (!keeping || !HttpMethod.GET.matches(request.getMethod())) {
			chain.doFilter(request, answer);
			answer.apply();
			return;
		}
		ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(answer);
		ParameterReads reading = new ParameterReads(request);
		chain.doFilter(reading, rendering);
		if (rendering.getStatus() == HttpServletResponse.SC_OK && rendering.getContentType() != null
				&& response.getHeaders(HttpHeaders.SET_COOKIE).isEmpty()) {
			Set<String> read = reading.read();
			this.parametersRead.put(path(request), read);
			this.rendered.keep(address(request, read), etag,
					new RenderedPages.Rendered(rendering.getContentAsByteArray(), rendering.getContentType(),
							answer.contentLanguage(), kept(response)));
		}
		rendering.copyBodyToResponse();
		answer.apply();
	}

	/**
	 * The key an answer is kept under: the address and the parameters its page reads (the
	 * page of a list, the words of a search), names and values encoded so that no value
	 * can pass for other parameters. Parameters the page does not read (a campaign's
	 * {@code utm_source}, a random one sent to get past the cache) change nothing in the
	 * answer and are left out: a page with any of them is the page. The path is the one
	 * spelling {@code web.CanonicalAddresses} lets through.
	 * @param reads the names of the parameters the page reads, or
	 * {@link ParameterReads#ALL}
	 */
	static String address(HttpServletRequest request, Set<String> reads) {
		StringJoiner parameters = new StringJoiner("&", "?", "").setEmptyValue("");
		new TreeMap<>(request.getParameterMap()).forEach((name, values) -> {
			if (!reads.contains(name) && reads != ParameterReads.ALL) {
				return;
			}
			for (String value : values) {
				parameters.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
						+ URLEncoder.encode(value, StandardCharsets.UTF_8));
			}
		});
		return path(request) + parameters;
	}

	/**
	 * The address of a request without its parameters. Answers over HTTPS carry HSTS,
	 * those over HTTP do not.
	 */
	private static String path(HttpServletRequest request) {
		return request.getScheme() + ":" + request.getRequestURI();
	}

	/** The headers of a rendered answer that are sent again with it. */
	private static Map<String, List<String>> kept(HttpServletResponse response) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (String name : response.getHeaderNames()) {
			if (!NOT_KEPT.contains(name.toLowerCase(Locale.ROOT))) {
				headers.put(name, List.copyOf(response.getHeaders(name)));
			}
		}
		return headers;
	}

	/** Sends an answer rendered earlier for the same address and version, as it was. */
	private static void replay(RenderedPages.Rendered kept, HttpServletRequest request, OnSuccess response)
			throws IOException {
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(kept.contentType());
		if (kept.contentLanguage() != null) {
			response.setHeader(HttpHeaders.CONTENT_LANGUAGE, kept.contentLanguage());
		}
		// Set, not added: a filter before this one may have given some already.
		kept.headers().forEach((name, values) -> {
			response.setHeader(name, values.get(0));
			values.stream().skip(1).forEach((value) -> response.addHeader(name, value));
		});
		response.setContentLength(kept.body().length);
		response.apply();
		if (HttpMethod.GET.matches(request.getMethod())) {
			response.getOutputStream().write(kept.body());
		}
	}

	/**
	 * Whether the client's copy is current, by its entity tag (weakly compared, as for a
	 * GET). Dates are not offered: two changes within a second, or a deletion, would
	 * leave a date unchanged, and a client trusting it would keep the older page.
	 */
	static boolean isUnchanged(HttpServletRequest request, String etag) {
		String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (ifNoneMatch == null) {
			return false;
		}
		String tag = opaque(etag);
		for (String candidate : ifNoneMatch.split(",")) {
			if (opaque(candidate.strip()).equals(tag)) {
				return true;
			}
		}
		return false;
	}

	private static String opaque(String etag) {
		return etag.startsWith("W/") ? etag.substring(2) : etag;
	}

	/**
	 * The request as a page reads it, noting which parameters it asks for by name; a page
	 * that asks for all of them at once depends on all of them.
	 */
	static final class ParameterReads extends HttpServletRequestWrapper {

		/** Every parameter: the page read them all. */
		static final Set<String> ALL = Set.of("*");

		private final Set<String> read = ConcurrentHashMap.newKeySet();

		private volatile boolean all;

		ParameterReads(HttpServletRequest request) {
			super(request);
		}

		Set<String> read() {
			return this.all ? ALL : Set.copyOf(this.read);
		}

		@Override
		public String getParameter(String name) {
			this.read.add(name);
			return super.getParameter(name);
		}

		@Override
		public String[] getParameterValues(String name) {
			this.read.add(name);
			return super.getParameterValues(name);
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			this.all = true;
			return super.getParameterMap();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			this.all = true;
			return super.getParameterNames();
		}

	}

	/**
	 * The response, given its validators and caching policy just before its body is
	 * written, if it is a success; anything else is answered as it would be without them.
	 */
	private static final class OnSuccess extends HttpServletResponseWrapper {

		private final String etag;

		private final String policy;

		private boolean applied;

		private String contentLanguage;

		OnSuccess(HttpServletResponse response, String etag, String policy) {
			super(response);
			this.etag = etag;
			this.policy = policy;
		}

		void apply() {
			HttpServletResponse response = (HttpServletResponse) getResponse();
			if (this.applied || response.isCommitted()) {
				return;
			}
			this.applied = true;
			int status = response.getStatus();
			boolean success = status == HttpServletResponse.SC_OK || status == HttpServletResponse.SC_NOT_MODIFIED;
			// An answer that sets a cookie belongs to one visitor: no shared cache may
			// keep it.
			if (!success || !response.getHeaders(HttpHeaders.SET_COOKIE).isEmpty()) {
				return;
			}
			response.setHeader(HttpHeaders.CACHE_CONTROL, this.policy);
			if (this.etag != null) {
				response.setHeader(HttpHeaders.ETAG, this.etag);
			}
		}

		/**
		 * The {@code Content-Language} of the answer: a server such as Tomcat writes the
		 * one a locale gives only when the answer is sent, and does not show it as a
		 * header before.
		 */
		String contentLanguage() {
			return (this.contentLanguage != null) ? this.contentLanguage : getHeader(HttpHeaders.CONTENT_LANGUAGE);
		}

		@Override
		public void setLocale(Locale locale) {
			super.setLocale(locale);
			this.contentLanguage = locale.toLanguageTag();
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
