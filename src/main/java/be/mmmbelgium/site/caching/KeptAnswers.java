package be.mmmbelgium.site.caching;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Sends a public answer rendered earlier for the same address and content version again,
 * as it was, without the database or the templates; otherwise renders it and keeps it
 * ({@link RenderedPages}) under the address and the parameters the page read.
 */
final class KeptAnswers {

	/**
	 * Headers of a rendered answer that are not sent again as they were: those of the
	 * moment or the connection, those set on every answer, and those kept apart.
	 */
	private static final Set<String> NOT_KEPT = Set.of("cache-control", "etag", "date", "content-length",
			"transfer-encoding", "connection", "keep-alive", "set-cookie", "content-type", "content-language");

	private final RenderedPages rendered;

	/**
	 * The parameters each page read when it was rendered, by address: the same code reads
	 * the same parameters, whatever the content. Only pages rendered successfully are
	 * here, so the map holds no more addresses than the site has pages.
	 */
	private final Map<String, Set<String>> parametersRead = new ConcurrentHashMap<>();

	KeptAnswers(RenderedPages rendered) {
		this.rendered = rendered;
	}

	/**
	 * Answers a request at a content version: with the answer kept for it, or by
	 * rendering it, and keeping it if it succeeds.
	 */
	void answer(HttpServletRequest request, HttpServletResponse response, OnSuccess answer, FilterChain chain,
			String etag) throws IOException, ServletException {
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

}
