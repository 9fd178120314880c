package be.mmmbelgium.site.web;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * The headers every response of the site carries, public or back-office: nothing but what
 * the site itself serves may load, nothing may frame it, nothing is sniffed. No page has
 * inline script or style, so the policy needs no exception for them. Audio hosted
 * elsewhere is the one thing a page may load from another host, over https, when the
 * visitor presses play. HSTS is sent on requests that came over HTTPS.
 */
public final class SecurityHeaders {

	public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self'; media-src 'self' https:; font-src 'self'; object-src 'none'; base-uri 'none'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	public static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "interest-cohort=()";

	private SecurityHeaders() {
	}

	/**
	 * The security headers every answer carries.
	 * @param cacheable whether responses may be cached; back-office responses may not
	 */
	public static Customizer<HeadersConfigurer<HttpSecurity>> of(boolean cacheable) {
		return (headers) -> {
			headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer
					.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
				.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
				.addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin"));
			if (cacheable) {
				headers.cacheControl(HeadersConfigurer.CacheControlConfig::disable);
			}
		};
	}

}
