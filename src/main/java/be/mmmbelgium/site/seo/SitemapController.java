package be.mmmbelgium.site.seo;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import be.mmmbelgium.site.feed.XmlText;
import be.mmmbelgium.site.system.SiteProperties;
import be.mmmbelgium.site.web.ContentNotFoundException;
import be.mmmbelgium.site.web.Language;

/**
 * {@code /sitemap.xml}: a sitemap index naming one sitemap per language (several past
 * 50,000 addresses), each listing the visible addresses with when they changed and their
 * translations.
 */
@RestController
class SitemapController {

	private static final MediaType XML = new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8);

	private final Sitemaps sitemaps;

	private final SiteProperties site;

	SitemapController(Sitemaps sitemaps, SiteProperties site) {
		this.sitemaps = sitemaps;
		this.site = site;
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<String> index() {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.append("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
		Map<Language, List<SitemapEntry>> byLanguage = this.sitemaps.entriesByLanguage();
		for (Language language : Language.values()) {
			List<SitemapEntry> entries = byLanguage.getOrDefault(language, List.of());
			for (int part = 1; part <= Sitemaps.parts(entries.size()); part++) {
				xml.append("  <sitemap><loc>")
					.append(XmlText.escape(this.site.absolute("/sitemap-" + language.code() + "-" + part + ".xml")))
					.append("</loc>");
				Sitemaps.part(part, entries)
					.stream()
					.map(SitemapEntry::lastModified)
					.filter(Objects::nonNull)
					.max(Instant::compareTo)
					.ifPresent(
							(latest) -> xml.append("<lastmod>").append(XmlText.instant(latest)).append("</lastmod>"));
				xml.append("</sitemap>\n");
			}
		}
		return answer(xml.append("</sitemapindex>\n"));
	}

	@GetMapping("/sitemap-{language}-{part}.xml")
	ResponseEntity<String> sitemap(@PathVariable String language, @PathVariable String part) {
		Language shown = Language.fromCode(language).orElseThrow(() -> new ContentNotFoundException("Sitemap"));
		if (!part.matches("[1-9][0-9]{0,3}")) {
			throw new ContentNotFoundException("Sitemap");
		}
		List<SitemapEntry> entries = this.sitemaps.entriesByLanguage().getOrDefault(shown, List.of());
		int number = Integer.parseInt(part);
		if (number > Sitemaps.parts(entries.size())) {
			throw new ContentNotFoundException("Sitemap");
		}
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" ")
			.append("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
		for (SitemapEntry entry : Sitemaps.part(number, entries)) {
			xml.append("  <url><loc>").append(XmlText.escape(this.site.absolute(entry.path()))).append("</loc>");
			if (entry.lastModified() != null) {
				xml.append("<lastmod>").append(XmlText.instant(entry.lastModified())).append("</lastmod>");
			}
			if (entry.alternates().size() > 1) {
				for (Map.Entry<Language, String> alternate : entry.alternates().entrySet()) {
					xml.append("\n    <xhtml:link rel=\"alternate\" hreflang=\"")
						.append(alternate.getKey().code())
						.append("\" href=\"")
						.append(XmlText.escape(this.site.absolute(alternate.getValue())))
						.append("\"/>");
				}
			}
			xml.append("</url>\n");
		}
		return answer(xml.append("</urlset>\n"));
	}

	private static ResponseEntity<String> answer(StringBuilder xml) {
		return ResponseEntity.ok().contentType(XML).body(xml.toString());
	}

}
