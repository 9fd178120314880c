package be.mmmbelgium.site.account.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * The tokens against forged requests, kept in the session as Spring Security keeps them,
 * except that a request sending something (a POST) without a session that goes on never
 * starts one to keep a new token: it is refused anyway, and a new session would replace
 * the browser's. The text of a form sent just after its session ended is kept in a new
 * session ({@code KeptForms}); a request the page sends in the background at the same
 * moment (the text kept while typing) must not take that session's place in the browser.
 */
public final class SessionTokens implements CsrfTokenRepository {

	private final HttpSessionCsrfTokenRepository tokens = new HttpSessionCsrfTokenRepository();

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		return this.tokens.generateToken(request);
	}

	@Override
	public void saveToken(@Nullable CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		boolean reading = HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod());
		if (token != null && !reading && request.getSession(false) == null) {
			return;
		}
		this.tokens.saveToken(token, request, response);
	}

	@Override
	public @Nullable CsrfToken loadToken(HttpServletRequest request) {
		return this.tokens.loadToken(request);
	}

}
