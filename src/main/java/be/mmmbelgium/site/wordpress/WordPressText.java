package be.mmmbelgium.site.wordpress;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

import be.mmmbelgium.site.content.PastedHtml;

/**
 * The text of a WordPress post or page as the site's Markdown: block-editor HTML (with
 * its {@code <!-- wp:… -->} comments) and classic-editor text (paragraphs as blank lines,
 * as WordPress's {@code wpautop} reads them), its shortcodes handled, its pictures and
 * links pointed at their new addresses, embedded players turned into plain links; then
 * the same converter as pasted text, and, on save, the site's sanitiser.
 */
final class WordPressText {

	/** Where the pictures and pages a text names are now. */
	interface Addresses {

		/**
		 * The site path of a picture of the old site, or null when it was not brought
		 * over.
		 */
		@Nullable String picture(String url);

		/** A link, pointed at the new address when it leads to something brought over. */
		String link(String url);

		/** The address and alternative text of an attachment, by its WordPress id. */
		@Nullable Picture attachment(long id);

		/** The pictures attached to an item, for a gallery that names none. */
		List<Picture> attachedTo(long itemId);

	}

	record Picture(String url, String alt) {
	}

	/** The Markdown, and what was left behind or changed, for the report. */
	record Converted(String markdown, List<Note> notes) {
	}

	private static final Pattern CAPTION = Pattern
		.compile("(?is)\\[(?:wp_)?caption([^\\]]*)\\](.*?)\\[/(?:wp_)?caption\\]");

	/** Marks a picture whose address is the library's already (those of a gallery). */
	private static final String RESOLVED = "data-resolved";

	private static final Pattern GALLERY = Pattern.compile("(?i)\\[gallery([^\\]]*)\\]");

	private static final Pattern EMBED = Pattern.compile("(?is)\\[embed[^\\]]*\\](.*?)\\[/embed\\]");

	private static final Pattern MEDIA_SHORTCODE = Pattern
		.compile("(?is)\\[(audio|video|youtube|vimeo)([^\\]]*)\\](?:(.*?)\\[/\\1\\])?");

	/**
	 * A shortcode the import does not know: a name with attributes ({@code [contact-form
	 * id="3"]}) or a closing tag; "[sic]" and "[1]" are text.
	 */
	private static final Pattern OTHER_SHORTCODE = Pattern
		.compile("\\[(/?)([a-zA-Z][\\w-]*)((?:\\s+[\\w-]+=(?:\"[^\"]*\"|'[^']*'|[^\\s\\]]+))+\\s*/?)?\\]");

	private static final Pattern ATTRIBUTE = Pattern.compile("([\\w-]+)=(?:\"([^\"]*)\"|'([^']*)'|([^\\s\\]]+))");

	private static final Pattern URL_LINE = Pattern.compile("(?m)^\\s*(https?://[^\\s<>\"]+)\\s*$");

	private static final Pattern BLOCK_START = Pattern.compile(
			"(?is)^\\s*<(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|footer|nav|figure|figcaption|details|menu|summary|iframe|script|!--)\\b");

	private static final Set<String> REMOVED = Set.of("script", "style", "noscript", "form", "object", "embed", "input",
			"button", "select", "textarea", "svg", "canvas");

	private final PastedHtml converter;

	WordPressText(PastedHtml converter) {
		this.converter = converter;
	}

	Converted toMarkdown(long itemId, String content, Addresses addresses) {
		List<Note> notes = new ArrayList<>();
		String html = shortcodes(itemId, content, addresses, notes);
		if (!html.contains("<!-- wp:")) {
			html = paragraphs(html);
		}
		Document document = Jsoup.parseBodyFragment(html);
		document.outputSettings().prettyPrint(false);
		embeds(document, notes);
		figures(document);
		pictures(document, addresses, notes);
		for (Element link : document.select("a[href]")) {
			link.attr("href", addresses.link(link.attr("href")));
		}
		return new Converted(this.converter.toMarkdownWithPictures(document.body().html()), List.copyOf(notes));
	}

	private String shortcodes(long itemId, String content, Addresses addresses, List<Note> notes) {
		if (content.indexOf('[') < 0) {
			// No shortcode: the text is not searched for one five times over.
			return content;
		}
		String text = replace(CAPTION, content, (match) -> {
			String inner = match.group(2);
			String caption = attribute(match.group(1), "caption");
			int end = Math.max(inner.lastIndexOf("</a>") + 4, inner.lastIndexOf('>') + 1);
			if (caption == null) {
				caption = inner.substring(end).strip();
			}
			String picture = inner.substring(0, end);
			return "\n\n<p>" + picture + "</p>\n\n" + (caption.isEmpty() ? "" : "<p><em>" + caption + "</em></p>")
					+ "\n\n";
		});
		text = replace(GALLERY, text, (match) -> {
			String ids = attribute(match.group(1), "ids");
			List<Picture> pictures = new ArrayList<>();
			if (ids != null) {
				for (String id : ids.split(",")) {
					Picture picture = id.strip().matches("\\d+") ? addresses.attachment(Long.parseLong(id.strip()))
							: null;
					if (picture != null) {
						pictures.add(picture);
					}
					else {
						notes.add(Note.of("import.note.galleryPictureMissing", id.strip()));
					}
				}
			}
			else {
				pictures.addAll(addresses.attachedTo(itemId));
			}
			StringBuilder gallery = new StringBuilder("\n\n");
			pictures.forEach((picture) -> gallery.append("<p><img " + RESOLVED + " src=\"")
				.append(escape(picture.url()))
				.append("\" alt=\"")
				.append(escape(picture.alt()))
				.append("\"></p>\n\n"));
			return gallery.toString();
		});
		text = replace(EMBED, text, (match) -> link(match.group(1).strip()));
		text = replace(MEDIA_SHORTCODE, text, (match) -> {
			String url = firstNonNull(attribute(match.group(2), "src"), attribute(match.group(2), "mp3"),
					attribute(match.group(2), "mp4"), attribute(match.group(2), "url"));
			if (url == null) {
				url = (match.group(3) != null && !match.group(3).isBlank()) ? match.group(3).strip()
						: match.group(2).strip();
			}
			return url.matches("https?://\\S+") ? link(url) : "";
		});
		String all = text;
		return replace(OTHER_SHORTCODE, text, (match) -> {
			boolean closing = !match.group(1).isEmpty();
			if (!closing && match.group(3) == null && !all.contains("[/" + match.group(2) + "]")) {
				// Words in brackets, such as [sic]: text.
				return match.group();
			}
			if (!closing) {
				notes.add(Note.of("import.note.shortcodeRemoved", match.group(2)));
			}
			return "";
		});
	}

	/**
	 * Paragraphs of classic-editor text, as WordPress shows them: a blank line between
	 * two, a line break within one; a web address alone on its line is a link.
	 */
	private static String paragraphs(String text) {
		String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
		StringBuilder html = new StringBuilder();
		for (String block : normalised.split("\n\\s*\n")) {
			if (block.isBlank()) {
				continue;
			}
			if (BLOCK_START.matcher(block).find()) {
				html.append(block).append('\n');
			}
			else {
				String lines = URL_LINE.matcher(block.strip())
					.replaceAll((line) -> Matcher.quoteReplacement(
							"<a href=\"" + escape(line.group(1)) + "\">" + escape(line.group(1)) + "</a>"));
				html.append("<p>").append(lines.replace("\n", "<br>")).append("</p>\n");
			}
		}
		return html.toString();
	}

	/**
	 * Players of other sites (YouTube, Vimeo, …) become a link to the video: a public
	 * page makes no request to another site.
	 */
	private static void embeds(Document document, List<Note> notes) {
		for (Element figure : document.select("figure.wp-block-embed, figure.wp-block-video")) {
			String url = figure.select(".wp-block-embed__wrapper").text().strip();
			if (url.isEmpty()) {
				url = figure.select("video[src]").attr("abs:src");
			}
			figure.before(url.matches("https?://\\S+") ? link(url) : "");
			figure.remove();
		}
		for (Element frame : document.select("iframe")) {
			String source = frame.attr("src");
			Matcher youtube = Pattern.compile("https?://(?:www\\.)?youtube(?:-nocookie)?\\.com/embed/([\\w-]+).*")
				.matcher(source);
			String url = youtube.matches() ? "https://www.youtube.com/watch?v=" + youtube.group(1) : source;
			if (url.startsWith("//")) {
				url = "https:" + url;
			}
			frame.before(url.matches("https?://\\S+") ? link(url) : "");
			frame.remove();
			notes.add(Note.of("import.note.embedLinked", url));
		}
		for (String removed : REMOVED) {
			for (Element element : document.select(removed)) {
				notes.add(Note.of("import.note.elementRemoved", removed));
				element.remove();
			}
		}
	}

	/**
	 * The block editor's figures as paragraphs: the picture in one, its caption in the
	 * next; a table as itself.
	 */
	private static void figures(Document document) {
		for (Element figure : document.select("figure")) {
			for (Element caption : figure.select("figcaption")) {
				figure.after("<p><em>" + caption.html() + "</em></p>");
				caption.remove();
			}
			if (figure.select("table").isEmpty()) {
				figure.tagName("p");
			}
			else {
				figure.unwrap();
			}
		}
	}

	private static void pictures(Document document, Addresses addresses, List<Note> notes) {
		for (Element image : document.select("img")) {
			if (image.hasAttr(RESOLVED)) {
				image.removeAttr(RESOLVED);
				continue;
			}
			String source = image.attr("src");
			String found = source.isBlank() ? null : addresses.picture(source);
			if (found == null) {
				notes.add(Note.of("import.note.pictureLeftOut", source));
				image.remove();
				continue;
			}
			String alt = image.attr("alt");
			image.clearAttributes();
			image.attr("src", found);
			image.attr("alt", alt);
			// A picture in a link to its own full size: the picture alone.
			Element parent = image.parent();
			if (parent != null && parent.tagName().equals("a") && parent.childrenSize() == 1
					&& parent.text().isBlank()) {
				parent.unwrap();
			}
		}
	}

	private static String link(String url) {
		return "<p><a href=\"" + escape(url) + "\">" + escape(url) + "</a></p>";
	}

	private static @Nullable String attribute(String attributes, String name) {
		Matcher attribute = ATTRIBUTE.matcher(attributes);
		while (attribute.find()) {
			if (attribute.group(1).toLowerCase(Locale.ROOT).equals(name)) {
				return firstNonNull(attribute.group(2), attribute.group(3), attribute.group(4));
			}
		}
		return null;
	}

	@SafeVarargs
	private static <T> @Nullable T firstNonNull(@Nullable T... values) {
		return Arrays.stream(values).filter((value) -> value != null).findFirst().orElse(null);
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
	}

	private static String replace(Pattern pattern, String text, Function<Matcher, String> replacement) {
		Matcher matcher = pattern.matcher(text);
		return matcher.replaceAll((match) -> Matcher.quoteReplacement(replacement.apply(matcher)));
	}

}
