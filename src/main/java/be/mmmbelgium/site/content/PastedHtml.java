package be.mmmbelgium.site.content;

import java.util.regex.Pattern;

import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * Text pasted from a word processor (Word, Google Docs, LibreOffice) or a web page, which
 * arrives as HTML, as the Markdown the site stores: headings, lists, links, emphasis,
 * quotes and tables kept, the rest (styles, classes, scripts, a word processor's own
 * markup) left behind. The Markdown then goes through the renderer and its sanitiser on
 * save, like any text typed.
 * <p>
 * Pictures are left behind from pasted text (they would point to another site); text
 * brought over from the old site, whose pictures are already in the library, keeps them
 * ({@link #toMarkdownWithPictures}).
 */
@Component
public class PastedHtml {

	/**
	 * What pasted HTML may keep before it is converted: the structure of a text, no
	 * presentation.
	 */
	private static final Safelist STRUCTURE = structure();

	/**
	 * The same, with pictures, and with the addresses of this site (a picture of the
	 * library, a page) left as they are written.
	 */
	private static final Safelist STRUCTURE_AND_PICTURES = structure().addTags("img")
		.addAttributes("img", "src", "alt", "title")
		.addProtocols("img", "src", "http", "https")
		.preserveRelativeLinks(true);

	private static Safelist structure() {
		return Safelist.relaxed()
			.removeTags("img", "col", "colgroup", "caption", "dl", "dt", "dd", "u", "sub", "sup", "span", "div")
			.removeAttributes("table", "summary", "width")
			.removeAttributes("td", "abbr", "axis", "colspan", "rowspan", "width")
			.removeAttributes("th", "abbr", "axis", "colspan", "rowspan", "scope", "width")
			.removeAttributes("ol", "start", "type")
			.removeAttributes("ul", "type")
			.removeAttributes("a", "title")
			.removeAttributes("blockquote", "cite")
			.removeAttributes("q", "cite")
			.removeProtocols("a", "href", "ftp");
	}

	private final FlexmarkHtmlConverter converter;

	public PastedHtml() {
		MutableDataSet options = new MutableDataSet();
		// "## Heading" rather than underlined headings; no HTML left for what Markdown
		// lacks.
		options.set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false);
		options.set(FlexmarkHtmlConverter.OUTPUT_UNKNOWN_TAGS, false);
		options.set(FlexmarkHtmlConverter.OUTPUT_ATTRIBUTES_ID, false);
		options.set(FlexmarkHtmlConverter.BR_AS_EXTRA_BLANK_LINES, false);
		options.set(FlexmarkHtmlConverter.SKIP_CHAR_ESCAPE, false);
		// French typography stays as typed: ’ « » … are not turned into ' " and three
		// dots.
		options.set(FlexmarkHtmlConverter.TYPOGRAPHIC_QUOTES, false);
		options.set(FlexmarkHtmlConverter.TYPOGRAPHIC_SMARTS, false);
		this.converter = FlexmarkHtmlConverter.builder(options).build();
	}

	/** The Markdown of pasted HTML; empty for nothing pasted. */
	public String toMarkdown(String html) {
		return toMarkdown(html, STRUCTURE);
	}

	/**
	 * The Markdown of HTML whose pictures are kept, with their alternative text: their
	 * addresses must be the library's already.
	 */
	public String toMarkdownWithPictures(String html) {
		return toMarkdown(html, STRUCTURE_AND_PICTURES);
	}

	private String toMarkdown(String html, Safelist kept) {
		if (html == null || html.isBlank()) {
			return "";
		}
		// Word's bold and italic come as <b> and <i>, Google Docs' as styled spans: all
		// become <strong> and <em>, which the sanitiser keeps and the converter
		// understands.
		String structure = Jsoup.clean(boldAndItalicOf(html), "https://site.invalid/", kept,
				new Document.OutputSettings().prettyPrint(false));
		return STRAY_SPACE.matcher(this.converter.convert(structure).strip()).replaceAll("");
	}

	/**
	 * The converter puts a space after bold or italic text followed by a comma or a full
	 * stop when the paragraph also holds a link ("**soir** , [lien]"); no language puts
	 * one there. (A space before ; : ! ? is French typography, and stays.)
	 */
	private static final Pattern STRAY_SPACE = Pattern.compile("(?<=[^\\s*_][*_]{1,2}) (?=[,.)…])");

	/**
	 * Google Docs marks bold and italic with styles on spans: they become elements first.
	 */
	private static String boldAndItalicOf(String html) {
		Document document = Jsoup.parse(html);
		// As written: a pretty-printed <br> would be followed by a line break, which the
		// converter reads as the end of the paragraph.
		document.outputSettings().prettyPrint(false);
		document.select("span[style~=(?i)font-weight:\\s*(bold|[6-9]00)]").tagName("strong");
		document.select("span[style~=(?i)font-style:\\s*italic]").tagName("em");
		// Google Docs wraps the whole text in a bold element that means nothing.
		document.select("b[id^=docs-internal-guid]").unwrap();
		// Word's <b> and <i> as <strong> and <em>, which the converter writes without a
		// stray space.
		document.select("b").tagName("strong");
		document.select("i").tagName("em");
		return document.body().html();
	}

}
