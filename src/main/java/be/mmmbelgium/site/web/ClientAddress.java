package be.mmmbelgium.site.web;

import jakarta.servlet.http.HttpServletRequest;

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

}
