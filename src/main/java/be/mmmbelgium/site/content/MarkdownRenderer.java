package be.mmmbelgium.site.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Turns Markdown typed in the back-office into HTML that is safe to put on a public page.
 * <p>
 * Two independent guards: the Markdown renderer escapes raw HTML and drops unsafe link
 * protocols, then an allow-list sanitiser keeps only known elements and attributes.
 * Images must come from the site itself, since a public page makes no third-party
 * request; those of the media library are given their widths ({@code srcset}) and sizes,
 * as covers are.
 */
@Component
public class MarkdownRenderer {

	private static final Pattern SITE_PATH = Pattern.compile("/(?![/\\\\])[^\\s\\p{Cntrl}\\\\]*");

	private static final Pattern SAME_PAGE = Pattern.compile("#[^\\s\\p{Cntrl}]*");

	private static final Pattern OTHER_SITE = Pattern.compile("(?i)(https?://|mailto:)[^\\s\\p{Cntrl}\\\\]+");

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), AutolinkExtension.create());

	/** How wide a picture of a text shows: the column of text, at most. */
	static final String SIZES = "(min-width: 50rem) 46rem, 100vw";

	private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();

	private final InlineImages images;

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

	/** A renderer that knows no media library: pictures show as written. */
	public MarkdownRenderer() {
		this(InlineImages.NONE);
	}

	@Autowired
	public MarkdownRenderer(InlineImages images) {
		this.images = images;
	}

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
				continue;
			}
			this.images.find(image.attr("src")).ifPresent((found) -> {
				image.attr("width", String.valueOf(found.width())).attr("height", String.valueOf(found.height()));
				if (found.srcset() != null) {
					image.attr("srcset", found.srcset()).attr("sizes", SIZES);
				}
				image.attr("loading", "lazy").attr("decoding", "async");
			});
		}
		for (Element link : document.select("a")) {
			String href = link.attr("href");
			if (isSitePath(href) || SAME_PAGE.matcher(href).matches()) {
				continue;
			}
			if (OTHER_SITE.matcher(href).matches()) {
				link.attr("rel", "noopener noreferrer");
			}
			else {
				// A link the sanitiser emptied (javascript:, data:...) would lead
				// nowhere: keep its text only.
				link.unwrap();
			}
		}
		// The page's title is its only h1: a heading typed as "# ..." becomes a section
		// heading.
		document.select("h1").tagName("h2");
		document.outputSettings().prettyPrint(false);
		return document.body().html();
	}

	/**
	 * The pictures of a text that a public page would not show: from another site (a
	 * public page makes no third-party request), or under {@code /media/} but not in the
	 * library (removed, or mistyped). Each as it is written.
	 */
	public List<String> picturesNotShown(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return List.of();
		}
		List<String> missing = new ArrayList<>();
		this.parser.parse(markdown).accept(new AbstractVisitor() {
			@Override
			public void visit(Image image) {
				String source = image.getDestination();
				boolean shown = isSitePath(source)
						&& (!source.startsWith(MEDIA) || MarkdownRenderer.this.images.find(source).isPresent());
				if (!shown && !missing.contains(source)) {
					missing.add(source);
				}
				visitChildren(image);
			}
		});
		return missing;
	}

	private static final String MEDIA = "/media/";

	/**
	 * A path on this site, such as {@code /media/...}. Browsers drop tabs and line breaks
	 * from URLs, so a path holding any space or control character could lead to another
	 * host ({@code /\t/host}) and is not one.
	 */
	private static boolean isSitePath(String url) {
		return SITE_PATH.matcher(url).matches();
	}

}
