package be.mmmbelgium.site.system;

import java.net.URI;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The root of the site has no content of its own: it sends visitors to the home page in
 * the language their browser prefers.
 */
@Controller
class LanguageRedirectController {

	private final SitePaths paths;

	LanguageRedirectController(SitePaths paths) {
		this.paths = paths;
	}

	@GetMapping("/")
	ResponseEntity<Void> root(@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accept) {
		Language language = PathLanguageResolver.preferred(accept);
		return ResponseEntity.status(HttpStatus.FOUND)
			.location(URI.create(this.paths.home(language)))
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
			.build();
	}

	/** A language without the trailing slash, such as {@code /nl}, goes to its home page. */
	@GetMapping(SitePaths.LANGUAGE)
	ResponseEntity<Void> languageRoot(Language language) {
		return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
			.location(URI.create(this.paths.home(language)))
			.build();
	}

}
