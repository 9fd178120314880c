package be.mmmbelgium.site.account.signin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The back-office session cookie. Sessions are kept by Spring Session in the database,
 * which every instance reads; their lifetime is {@code server.servlet.session.timeout}.
 * The cookie is set here rather than read from the servlet container, so that it is the
 * same wherever the site runs, tests included: readable by the site alone, sent by the
 * browser to the site's own pages only, and secure whenever the request came over HTTPS.
 */
@Configuration(proxyBeanMethods = false)
public class SessionSettings {

	public static final String COOKIE_NAME = "MMM_SESSION";

	@Bean
	CookieSerializer sessionCookie() {
		DefaultCookieSerializer cookie = new DefaultCookieSerializer();
		cookie.setCookieName(COOKIE_NAME);
		cookie.setUseHttpOnlyCookie(true);
		cookie.setSameSite("Lax");
		return cookie;
	}

}
