package be.mmmbelgium.site.content;

import java.util.List;

import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * Turns Markdown typed in the back-office into HTML that is safe to put on a public page.
 * <p>
 * Two independent guards: the Markdown renderer escapes raw HTML and drops unsafe link
 * protocols, then an allow-list sanitiser keeps only known elements and attributes. Images
 * must come from the site itself, since a public page makes no third-party request.
 */
@Component
public class MarkdownRenderer {

	private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create(),
			AutolinkExtension.create());

	private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();

	private final HtmlRenderer renderer = HtmlRenderer.builder()
		.extensions(EXTENSIONS)
		.escapeHtml(true)
		.sanitizeUrls(true)
		.build();

	private final Safelist safelist = Safelist.relaxed()
		.removeTags("img")
		.addTags("img", "figure", "figcaption", "hr")
		.addAttributes("img", "src", "alt", "title", "width", "height")
		.addAttributes("th", "align")
		.addAttributes("td", "align")
		.removeProtocols("a", "href", "ftp")
		.preserveRelativeLinks(true);

	public MarkdownText render(String markdown) {
		String source = markdown == null ? "" : markdown.strip();
		if (source.isEmpty()) {
			return MarkdownText.empty();
		}
		String html = this.renderer.render(this.parser.parse(source));
		return new MarkdownText(source, sanitise(html));
	}

	private String sanitise(String html) {
		String clean = Jsoup.clean(html, "https://site.invalid/", this.safelist,
				new Document.OutputSettings().prettyPrint(false));
		Document document = Jsoup.parseBodyFragment(clean);
		for (Element image : document.select("img")) {
			if (!isSitePath(image.attr("src"))) {
				image.remove();
			}
		}
		for (Element link : document.select("a[href]")) {
			if (!isSitePath(link.attr("href")) && !link.attr("href").startsWith("#")) {
				link.attr("rel", "noopener noreferrer");
			}
		}
		document.outputSettings().prettyPrint(false);
		return document.body().html();
	}

	/** A path on this site, such as {@code /media/...}, and not a URL to another host. */
	private static boolean isSitePath(String url) {
		return url.startsWith("/") && !url.startsWith("//") && !url.contains("\\");
	}

}
