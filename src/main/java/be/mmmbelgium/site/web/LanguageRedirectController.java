package be.mmmbelgium.site.web;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.ModelAndView;

/**
 * The root of the site has no content of its own: it sends visitors to the home page in
 * the language their browser prefers.
 */
@Controller
class LanguageRedirectController {

	private final SitePaths paths;

	/** Absent from slices of the application that test controllers alone. */
	private final ObjectProvider<MovedAddresses> movedAddresses;

	LanguageRedirectController(SitePaths paths, ObjectProvider<MovedAddresses> movedAddresses) {
		this.paths = paths;
		this.movedAddresses = movedAddresses;
	}

	@GetMapping("/")
	ResponseEntity<Void> root(@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accept,
			HttpServletRequest request) {
		// The old site's short addresses (/?p=123, /?page_id=45) lead to what they named.
		Optional<String> moved = (request.getQueryString() == null) ? Optional.empty()
				: Optional.ofNullable(this.movedAddresses.getIfAvailable())
					.flatMap((addresses) -> addresses.newLocation(request));
		if (moved.isPresent()) {
			return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create(moved.get())).build();
		}
		Language language = PathLanguageResolver.preferred(accept);
		return ResponseEntity.status(HttpStatus.FOUND)
			.location(URI.create(this.paths.home(language)))
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
			.build();
	}

	/**
	 * A path of the site with a trailing slash, as the old site used them, moves to the
	 * same path without it, unless that path itself was sent elsewhere: then straight
	 * there, in one step. Only paths no other route answers get here; anything else is
	 * not found.
	 */
	@GetMapping(SitePaths.LANGUAGE + "/{*rest}")
	ModelAndView withoutTrailingSlash(Language language, @PathVariable String rest, HttpServletRequest request) {
		if (rest.length() > 1 && rest.endsWith("/") && isPathOfSlugs(rest.substring(1, rest.length() - 1))) {
			String query = request.getQueryString();
			String path = "/" + language.code() + rest.substring(0, rest.length() - 1);
			return Redirects.permanent(Optional.ofNullable(this.movedAddresses.getIfAvailable())
				.flatMap((moved) -> moved.newLocation(request))
				.orElse(query == null ? path : path + "?" + query));
		}
		throw new ContentNotFoundException("Page");
	}

	private static boolean isPathOfSlugs(String path) {
		return Arrays.stream(path.split("/", -1)).allMatch(SitePaths::isSlug);
	}

	/**
	 * A language without the trailing slash, such as {@code /nl}, goes to its home page.
	 */
	@GetMapping(SitePaths.LANGUAGE)
	ResponseEntity<Void> languageRoot(Language language) {
		return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
			.location(URI.create(this.paths.home(language)))
			.build();
	}

}
