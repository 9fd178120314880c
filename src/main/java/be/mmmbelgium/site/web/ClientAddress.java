package be.mmmbelgium.site.web;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Where a request came from, for the audit log. Behind a proxy, the servlet container
 * reads it from {@code X-Forwarded-For} when {@code MMM_FORWARD_HEADERS} says so.
 */
public final class ClientAddress {

	private ClientAddress() {
	}

	public static String of(HttpServletRequest request) {
		return request.getRemoteAddr();
	}

	/** Where the request this thread handles came from; null outside a request. */
	public static @Nullable String current() {
		return (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
				? of(attributes.getRequest()) : null;
	}

}
