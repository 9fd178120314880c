package be.mmmbelgium.site.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Addresses the site does not answer that admins sent elsewhere, such as those of the old
 * site: asked only once the site has nothing at an address, never for a page it serves.
 */
public interface MovedAddresses {

	/**
	 * Where a request for an address the site does not answer should go instead.
	 * @return the path to answer a 301 with, the request's query string kept; empty when
	 * the address was not sent anywhere, or for a request that must not be redirected
	 */
	Optional<String> newLocation(HttpServletRequest request);

}
