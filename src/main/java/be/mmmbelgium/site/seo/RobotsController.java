package be.mmmbelgium.site.seo;

import java.nio.charset.StandardCharsets;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import be.mmmbelgium.site.system.SiteProperties;

/**
 * {@code /robots.txt}: the public site is open to robots, the back-office is not, and the
 * sitemap is named. A staging copy closes everything.
 */
@RestController
class RobotsController {

	static final String PATH = "/robots.txt";

	private final IndexingProperties indexing;

	private final SiteProperties site;

	RobotsController(IndexingProperties indexing, SiteProperties site) {
		this.indexing = indexing;
		this.site = site;
	}

	@GetMapping(PATH)
	ResponseEntity<String> robots() {
		String rules = this.indexing.enabled() ? """
				User-agent: *
				Allow: /
				Disallow: /admin
				""" : """
				User-agent: *
				Disallow: /
				""";
		String body = rules + "\nSitemap: " + this.site.absolute("/sitemap.xml") + "\n";
		return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8)).body(body);
	}

}
