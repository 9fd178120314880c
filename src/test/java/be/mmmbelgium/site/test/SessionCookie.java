package be.mmmbelgium.site.test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.jspecify.annotations.Nullable;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The back-office session cookie of one browser, for MockMvc tests: sent with each
 * request and replaced by what each answer sets, as a browser does. Sessions are kept by
 * Spring Session in the database and found by this cookie alone, so a test follows a
 * session the way a browser does rather than by handing the request a session object.
 */
public final class SessionCookie implements RequestPostProcessor {

	/** The cookie's name, as {@code application.yml} sets it. */
	public static final String NAME = "MMM_SESSION";

	private @Nullable Cookie cookie;

	private boolean ended;

	/** A browser without a session yet. */
	public static SessionCookie none() {
		return new SessionCookie();
	}

	/**
	 * A browser that still sends the cookie of a session the site no longer knows (ended,
	 * or expired).
	 */
	public static SessionCookie ofAnEndedSession() {
		SessionCookie browser = new SessionCookie();
		browser.cookie = new Cookie(NAME, Base64.getEncoder().encodeToString("an-ended-session".getBytes()));
		return browser;
	}

	/**
	 * Sends a request with this browser's cookie and keeps the cookie its answer sets.
	 */
	public MvcTestResult send(MockMvcRequestBuilder request) {
		return keep(request.with(this).exchange());
	}

	/**
	 * Keeps the cookie an answer sets, for a request sent otherwise with this browser's
	 * cookie ({@code .with(browser)}).
	 */
	public MvcTestResult keep(MvcTestResult result) {
		Cookie set = result.getResponse().getCookie(NAME);
		if (set != null) {
			this.ended = set.getMaxAge() == 0;
			this.cookie = this.ended ? null : set;
		}
		return result;
	}

	/** The session's cookie value, which a sign-in changes; null without a session. */
	public @Nullable String value() {
		return (this.cookie != null) ? this.cookie.getValue() : null;
	}

	/** Whether the last answer ended the session and took its cookie away. */
	public boolean wasEnded() {
		return this.ended;
	}

	@Override
	public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
		if (this.cookie != null) {
			List<Cookie> cookies = new ArrayList<>();
			if (request.getCookies() != null) {
				cookies.addAll(Arrays.asList(request.getCookies()));
			}
			cookies.removeIf((other) -> other.getName().equals(NAME));
			cookies.add(this.cookie);
			request.setCookies(cookies.toArray(Cookie[]::new));
		}
		return request;
	}

}
