package be.mmmbelgium.site.caching;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;

/**
 * The response, given its validators and caching policy just before its body is written,
 * if it is a success; anything else is answered as it would be without them.
 */
final class OnSuccess extends HttpServletResponseWrapper {

	private final @Nullable String etag;

	private final String policy;

	private boolean applied;

	private @Nullable String contentLanguage;

	OnSuccess(HttpServletResponse response, @Nullable String etag, String policy) {
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
	 * The {@code Content-Language} of the answer: a server such as Tomcat writes the one
	 * a locale gives only when the answer is sent, and does not show it as a header
	 * before.
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
