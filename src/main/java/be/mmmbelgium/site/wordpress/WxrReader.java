package be.mmmbelgium.site.wordpress;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a WordPress export (WXR 1.0 to 1.2) as a stream, one item at a time, so that an
 * export of any length is read in little memory.
 * <p>
 * The export is an input from elsewhere and is read as such: a document type declaration
 * is refused outright (WordPress never writes one, and it is what external entities and
 * entity expansion need), and no field may be longer than {@link #MAXIMUM_FIELD_LENGTH}.
 */
final class WxrReader {

	/**
	 * Longer than any post anyone wrote by hand, short enough to hold a few in memory.
	 */
	static final int MAXIMUM_FIELD_LENGTH = 8 * 1024 * 1024;

	/** The custom fields an import reads; WordPress and its plugins write many others. */
	private static final Set<String> META_READ = Set.of("_thumbnail_id", "_wp_attachment_image_alt",
			"_wp_attached_file", "_wpml_language", "_wpml_translation_group");

	private static final String WP_EXPORT = "http://wordpress.org/export/";

	private static final XMLInputFactory FACTORY = secureFactory();

	/** Told of the site once, before its first item, then of each item in turn. */
	interface Listener {

		void site(WxrSite site);

		void item(WxrItem item);

	}

	private final XMLStreamReader xml;

	/** Whether the texts of items are kept, or only measured. */
	private final boolean texts;

	private WxrReader(XMLStreamReader xml, boolean texts) {
		this.xml = xml;
		this.texts = texts;
	}

	/**
	 * Reads an export to its end.
	 * @throws WxrException when it is not a WordPress export, is malformed, declares a
	 * document type or holds a field too long
	 */
	static void read(InputStream export, Listener listener) {
		read(export, listener, true);
	}

	/**
	 * Reads an export to its end, with the texts of its items ({@code content:encoded})
	 * or, for a first look at its items, without them: they are then measured, not kept.
	 * @throws WxrException when it is not a WordPress export, is malformed, declares a
	 * document type or holds a field too long
	 */
	static void read(InputStream export, Listener listener, boolean texts) {
		XMLStreamReader xml;
		try {
			xml = FACTORY.createXMLStreamReader(export);
		}
		catch (XMLStreamException ex) {
			throw new WxrException(Note.of("import.export.notXml"), "The file is not XML: " + ex.getMessage(), ex);
		}
		try {
			new WxrReader(xml, texts).readDocument(listener);
		}
		catch (XMLStreamException ex) {
			throw new WxrException(Note.of("import.export.malformed", line(ex), column(ex)),
					"The file is not well-formed XML: " + message(ex), ex);
		}
		finally {
			try {
				xml.close();
			}
			catch (XMLStreamException ignored) {
				// Closing a reader frees nothing that matters here.
			}
		}
	}

	private static XMLInputFactory secureFactory() {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		factory.setProperty(XMLInputFactory.IS_COALESCING, true);
		return factory;
	}

	private void readDocument(Listener listener) throws XMLStreamException {
		boolean rss = false;
		boolean channel = false;
		Channel site = new Channel();
		while (this.xml.hasNext()) {
			int event = this.xml.next();
			if (event == XMLStreamConstants.DTD) {
				throw new WxrException(Note.of("import.export.doctype"),
						"The file declares a document type, which a WordPress export never does: it is refused, as it could make the reader fetch other files or expand entities without end.");
			}
			if (event != XMLStreamConstants.START_ELEMENT) {
				continue;
			}
			String name = name();
			if (!rss) {
				if (!name.equals("rss")) {
					throw new WxrException(Note.of("import.export.otherXml", name),
							"The file is XML but not a WordPress export: it starts with <" + name
									+ "> where an export starts with <rss>.");
				}
				rss = true;
			}
			else if (name.equals("channel")) {
				channel = true;
			}
			else if (!channel) {
				skip();
			}
			else if (name.equals("item")) {
				site.tell(listener);
				listener.item(item());
			}
			else {
				site.read(name, this);
			}
		}
		site.tell(listener);
	}

	private WxrItem item() throws XMLStreamException {
		Map<String, String> fields = new HashMap<>();
		List<WxrItem.Term> terms = new ArrayList<>();
		Map<String, String> meta = new LinkedHashMap<>();
		int comments = 0;
		int depth = this.xml.getEventType() == XMLStreamConstants.START_ELEMENT ? 1 : 0;
		while (depth > 0 && this.xml.hasNext()) {
			int event = this.xml.next();
			if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
			else if (event == XMLStreamConstants.START_ELEMENT) {
				String name = name();
				switch (name) {
					case "category" -> {
						String taxonomy = attribute("domain");
						String slug = attribute("nicename");
						String text = text(name);
						terms.add(new WxrItem.Term(taxonomy.isEmpty() ? WxrItem.CATEGORY : taxonomy, slug, text));
					}
					case "wp:postmeta" -> {
						Map<String, String> entry = children();
						String key = entry.getOrDefault("wp:meta_key", "");
						if (META_READ.contains(key)) {
							meta.put(key, entry.getOrDefault("wp:meta_value", ""));
						}
					}
					case "wp:comment" -> {
						skip();
						comments++;
					}
					default -> fields.put(name, text(name, this.texts || !name.equals("content:encoded")));
				}
			}
		}
		String field = fields.getOrDefault("wp:post_id", "0");
		return new WxrItem(number(field, "wp:post_id"), fields.getOrDefault("wp:post_type", "post"),
				fields.getOrDefault("wp:status", "draft"), fields.getOrDefault("title", ""),
				fields.getOrDefault("link", ""), fields.getOrDefault("wp:post_name", ""),
				fields.getOrDefault("wp:post_date_gmt", ""), fields.getOrDefault("wp:post_date", ""),
				fields.getOrDefault("dc:creator", ""), fields.getOrDefault("content:encoded", ""),
				fields.getOrDefault("excerpt:encoded", ""),
				number(fields.getOrDefault("wp:post_parent", "0"), "wp:post_parent"),
				(int) number(fields.getOrDefault("wp:menu_order", "0"), "wp:menu_order"),
				fields.get("wp:attachment_url"), List.copyOf(terms), Map.copyOf(meta), comments);
	}

	/**
	 * The text of the current element, which holds no element; the reader is left on its
	 * end.
	 */
	private String text(String name) throws XMLStreamException {
		return text(name, true);
	}

	/**
	 * The text of the current element, which holds no element, or an empty string when it
	 * is not {@code kept} (its length is still checked); the reader is left on its end.
	 */
	private String text(String name, boolean kept) throws XMLStreamException {
		StringBuilder text = new StringBuilder();
		long length = 0;
		int depth = 1;
		while (depth > 0) {
			int event = this.xml.next();
			switch (event) {
				case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
					if (depth == 1) {
						length += this.xml.getTextLength();
						if (kept) {
							text.append(this.xml.getTextCharacters(), this.xml.getTextStart(),
									this.xml.getTextLength());
						}
						if (length > MAXIMUM_FIELD_LENGTH) {
							throw new WxrException(
									Note.of("import.export.fieldTooLong", name, this.xml.getLocation().getLineNumber(),
											MAXIMUM_FIELD_LENGTH / (1024 * 1024)),
									"The field <" + name + "> near line " + this.xml.getLocation().getLineNumber()
											+ " is longer than " + MAXIMUM_FIELD_LENGTH / (1024 * 1024)
											+ " million characters: refused.");
						}
					}
				}
				case XMLStreamConstants.START_ELEMENT -> depth++;
				case XMLStreamConstants.END_ELEMENT -> depth--;
				case XMLStreamConstants.ENTITY_REFERENCE -> throw new WxrException(
						Note.of("import.export.entity", name), "The field <" + name + "> refers to an entity (&"
								+ this.xml.getLocalName() + ";) that is not XML's own: refused.");
				default -> {
				}
			}
		}
		return text.toString();
	}

	/** The text of each child element of the current one, by name. */
	private Map<String, String> children() throws XMLStreamException {
		Map<String, String> children = new HashMap<>();
		while (true) {
			int event = this.xml.next();
			if (event == XMLStreamConstants.END_ELEMENT) {
				return children;
			}
			if (event == XMLStreamConstants.START_ELEMENT) {
				String name = name();
				children.put(name, text(name));
			}
		}
	}

	private void skip() throws XMLStreamException {
		int depth = 1;
		while (depth > 0) {
			int event = this.xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
		}
	}

	private String attribute(String name) {
		String value = this.xml.getAttributeValue(null, name);
		return (value != null) ? value : "";
	}

	/**
	 * The element's name with the prefix WordPress gives its namespace, whatever prefix
	 * the file uses: {@code wp:}, {@code content:}, {@code excerpt:}, {@code dc:}.
	 */
	private String name() {
		String namespace = this.xml.getNamespaceURI();
		String local = this.xml.getLocalName();
		if (namespace == null || namespace.isEmpty()) {
			return local;
		}
		if (namespace.startsWith(WP_EXPORT)) {
			return (namespace.endsWith("/excerpt/") ? "excerpt:" : "wp:") + local;
		}
		return switch (namespace) {
			case "http://purl.org/rss/1.0/modules/content/" -> "content:" + local;
			case "http://purl.org/dc/elements/1.1/" -> "dc:" + local;
			default -> "{" + namespace + "}" + local;
		};
	}

	private long number(String text, String field) {
		try {
			return text.isBlank() ? 0 : Long.parseLong(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new WxrException(Note.of("import.export.notNumber", field, this.xml.getLocation().getLineNumber()),
					"The field <" + field + "> near line " + this.xml.getLocation().getLineNumber()
							+ " should be a number: \"" + abbreviated(text) + "\".");
		}
	}

	private static String abbreviated(String text) {
		return (text.length() > 40) ? text.substring(0, 40) + "…" : text;
	}

	private static int line(XMLStreamException ex) {
		return (ex.getLocation() != null) ? ex.getLocation().getLineNumber() : 0;
	}

	private static int column(XMLStreamException ex) {
		return (ex.getLocation() != null) ? ex.getLocation().getColumnNumber() : 0;
	}

	private static String message(XMLStreamException ex) {
		String message = String.valueOf(ex.getMessage());
		return message.replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[(\\d+),(\\d+)\\]\\s*Message: ",
				"line $1, column $2: ");
	}

	/** The channel's own fields, gathered until its first item. */
	private static final class Channel {

		private String title = "";

		private String siteUrl = "";

		private String blogUrl = "";

		private String link = "";

		private String version = "";

		private final Map<String, WxrSite.Author> authors = new HashMap<>();

		private final Map<String, Map<String, String>> descriptions = new HashMap<>();

		private final Map<String, Map<String, Long>> ids = new HashMap<>();

		private boolean told;

		void read(String name, WxrReader reader) throws XMLStreamException {
			switch (name) {
				case "title" -> this.title = reader.text(name);
				case "link" -> this.link = reader.text(name);
				case "wp:base_site_url" -> this.siteUrl = reader.text(name);
				case "wp:base_blog_url" -> this.blogUrl = reader.text(name);
				case "wp:wxr_version" -> this.version = reader.text(name);
				case "wp:author" -> {
					Map<String, String> author = reader.children();
					String login = author.getOrDefault("wp:author_login", "");
					this.authors.put(login, new WxrSite.Author(login, author.getOrDefault("wp:author_email", ""),
							author.getOrDefault("wp:author_display_name", login)));
				}
				case "wp:category" ->
					term(WxrItem.CATEGORY, reader.children(), "wp:category_nicename", "wp:category_description");
				case "wp:tag" -> term(WxrItem.TAG, reader.children(), "wp:tag_slug", "wp:tag_description");
				case "wp:term" -> {
					Map<String, String> term = reader.children();
					term(term.getOrDefault("wp:term_taxonomy", ""), term, "wp:term_slug", "wp:term_description");
				}
				default -> reader.skip();
			}
		}

		/**
		 * Keeps a term's id and description, which is where Polylang lists the members of
		 * a group of translations.
		 */
		private void term(String taxonomy, Map<String, String> fields, String slug, String description) {
			String key = fields.getOrDefault(slug, "");
			String id = fields.getOrDefault("wp:term_id", "").strip();
			if (id.matches("\\d{1,18}")) {
				this.ids.computeIfAbsent(taxonomy, (t) -> new HashMap<>()).put(key, Long.parseLong(id));
			}
			if (fields.containsKey(description)) {
				this.descriptions.computeIfAbsent(taxonomy, (t) -> new HashMap<>()).put(key, fields.get(description));
			}
		}

		void tell(Listener listener) {
			if (!this.told) {
				if (this.version.isEmpty() && this.siteUrl.isEmpty()) {
					throw new WxrException(Note.of("import.export.otherRss"),
							"The file is RSS but not a WordPress export: it has no wp:wxr_version and no wp:base_site_url.");
				}
				this.told = true;
				// The public address, or else the channel's link, or else WordPress's
				// own.
				String blog = !this.blogUrl.isEmpty() ? this.blogUrl : !this.link.isEmpty() ? this.link : this.siteUrl;
				listener.site(new WxrSite(this.title, this.siteUrl.isEmpty() ? blog : this.siteUrl, blog, this.version,
						Map.copyOf(this.authors), Map.copyOf(this.descriptions), Map.copyOf(this.ids)));
			}
		}

	}

}
