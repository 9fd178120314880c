package be.mmmbelgium.site.hostile;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The hostile inputs every form field, query parameter and path segment of the site is
 * sent, and the test of a page for markup that came alive from one of them.
 * <p>
 * Every payload that would run script sets {@link #SENTINEL} or carries {@link #MARKER}
 * in an attribute or element it tries to create, so that a page where one came through as
 * markup is recognised whatever the element.
 */
public final class HostileInputs {

	/**
	 * The global a payload that ran would set; a browser test checks that it stays
	 * undefined.
	 */
	public static final String SENTINEL = "__pwned";

	/** Carried by every element or attribute a payload tries to create. */
	public static final String MARKER = "pwned";

	private static final String RUN = "window." + SENTINEL + "=1";

	/** One hostile input: a name for the failure messages, and the text as typed. */
	public record Hostile(String name, String value) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	/** Script and event-handler injections, stored or reflected. */
	public static final List<Hostile> MARKUP = List.of(new Hostile("script tag", "<script>" + RUN + "</script>"),
			new Hostile("closing tags then script",
					"</textarea></title></option></select><script id=pwned>" + RUN + "</script>"),
			new Hostile("img onerror", "\"><img src=x id=pwned onerror=" + RUN + ">"),
			new Hostile("single-quoted attribute", "' onmouseover='" + RUN + "' data-pwned='"),
			new Hostile("svg onload", "<svg/onload=" + RUN + " id=pwned>"),
			new Hostile("javascript: address", "javascript:" + RUN),
			new Hostile("json breakout", "\"}</script><script id=pwned>" + RUN + "</script>"), new Hostile(
					"template expressions", "${7*7} [[${7*7}]] [(${T(java.lang.System).exit(1)})] __${7*7}__ #{x}"));

	/** Markdown that tries links and images to scripts, and raw HTML. */
	public static final List<Hostile> MARKDOWN = List.of(
			new Hostile("markdown javascript: links",
					"[a](javascript:" + RUN + ") [b](JaVaScRiPt:" + RUN + ") [c](java\tscript:" + RUN + ") <javascript:"
							+ RUN + ">"),
			new Hostile("markdown data: link",
					"[d](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+) [e](vbscript:pwned)"),
			new Hostile("markdown image onerror", "![x\" onerror=\"" + RUN + "](/media/x.png \"t\\\" onload=pwned\")"),
			new Hostile("markdown raw html",
					"<div onclick=\"" + RUN + "\" id=pwned>x</div>\n\n<iframe id=pwned src=\"javascript:" + RUN
							+ "\"></iframe>\n\n<a href=\"javascript:" + RUN + "\" id=pwned>x</a>\n\n<style id=pwned>"
							+ "*{}</style>\n\n<form id=pwned action=\"javascript:" + RUN
							+ "\"><button>x</button></form>"),
			new Hostile("markdown link reference", "[x][1]\n\n[1]: javascript:" + RUN));

	/** SQL metacharacters, and the wildcards and escape of LIKE. */
	public static final List<Hostile> SQL = List.of(new Hostile("sql quote", "' OR 1=1 --; DROP TABLE news_post; /*"),
			new Hostile("like wildcards", "100%_\\%\\_\\\\ \" ) UNION SELECT"));

	/** Path traversal, plain and encoded. */
	public static final List<Hostile> TRAVERSAL = List.of(
			new Hostile("path traversal", "../../../../etc/passwd ..%2F..%2Fetc%2Fpasswd ..\\..\\windows\\win.ini"),
			new Hostile("header injection", "x\r\nSet-Cookie: pwned=1\r\nLocation: //evil.example"));

	/** Characters that tempt truncation, reordering or mangling. */
	public static final List<Hostile> UNICODE = List.of(new Hostile("right-to-left and combining marks",
			"\u202Egnp.exe\u202C \u200F\u202B\u05D0\u05D1\u202C Z\u0335\u0321\u0322\u031Ba\u0336\u0327lgo e\u0301\u0301"),
			new Hostile("emoji, astral and non-characters", "👩‍👧‍👦 🇧🇪 𝕄𝕄𝕄 \uFEFF\uFFFD\uFFFE\uFFFF"),
			new Hostile("fullwidth markup", "＜script＞" + RUN + "＜/script＞"));

	/**
	 * The NUL character, which PostgreSQL cannot keep in text: refused, never stored or a
	 * 500.
	 */
	public static final Hostile NUL = new Hostile("NUL", "before\u0000after");

	/** A megabyte of text, over every limit of the site. */
	public static final Hostile MEGABYTE = new Hostile("1 MB", "<b>" + "a".repeat(1 << 20) + "</b>");

	/** Everything above, for a field of text. */
	public static final List<Hostile> ALL = all();

	/**
	 * Bytes that are not UTF-8: a lone surrogate, an overlong slash, stray continuation
	 * and invalid bytes.
	 */
	public static final List<byte[]> INVALID_UTF8 = List.of(new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 },
			new byte[] { (byte) 0xC0, (byte) 0xAF }, new byte[] { (byte) 0x80, (byte) 0xBF },
			new byte[] { (byte) 0xFF, (byte) 0xFE, 'x' });

	private static final Pattern UNSAFE_ADDRESS = Pattern.compile("^(javascript|vbscript|data):.*", Pattern.DOTALL);

	private static final List<String> ADDRESS_ATTRIBUTES = List.of("href", "src", "action", "formaction", "srcset",
			"xlink:href", "data", "poster");

	private HostileInputs() {
	}

	private static List<Hostile> all() {
		List<Hostile> all = new ArrayList<>();
		all.addAll(MARKUP);
		all.addAll(MARKDOWN);
		all.addAll(SQL);
		all.addAll(TRAVERSAL);
		all.addAll(UNICODE);
		all.add(NUL);
		all.add(MEGABYTE);
		return List.copyOf(all);
	}

	/**
	 * The payloads small enough to send many times, for path segments and query
	 * parameters.
	 */
	public static List<Hostile> small() {
		return ALL.stream().filter((hostile) -> hostile != MEGABYTE).toList();
	}

	/**
	 * One payload of each kind, for fields that hold no text of their own (ids, versions,
	 * choices, dates): what matters there is that the answer is a refusal, not what is
	 * kept.
	 */
	public static List<Hostile> sample() {
		return List.of(MARKUP.get(0), MARKUP.get(2), SQL.get(0), TRAVERSAL.get(0), UNICODE.get(1), NUL);
	}

	/** The payload's UTF-8 bytes percent-encoded, as it travels in an address. */
	public static String urlEncoded(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	/**
	 * What in a page came alive from a payload: an event handler, a script or element
	 * carrying the {@link #MARKER}, or an address that would run script. Empty for a page
	 * where every payload stayed text. The site's own pages have no event handler and no
	 * such address.
	 */
	public static List<String> liveMarkup(Document page) {
		List<String> live = new ArrayList<>();
		for (Element element : page.getAllElements()) {
			if (element.tagName().equals("script") && element.data().contains(SENTINEL)
					&& !element.attr("type").equals("application/ld+json")) {
				live.add("script running " + abbreviate(element.data()));
			}
			if (element.tagName().equals("script") && element.attr("type").equals("application/ld+json")
					&& element.data().contains("<")) {
				live.add("JSON-LD with an unescaped '<': " + abbreviate(element.data()));
			}
			for (Attribute attribute : element.attributes()) {
				String name = attribute.getKey().toLowerCase(Locale.ROOT);
				String value = attribute.getValue();
				if (name.startsWith("on") || name.contains(MARKER)) {
					live.add("attribute " + name + " on <" + element.tagName() + ">");
				}
				else if ((name.equals("id") || name.equals("class")) && value.contains(MARKER)) {
					live.add("<" + element.tagName() + " " + name + "=" + abbreviate(value) + ">");
				}
				else if (ADDRESS_ATTRIBUTES.contains(name)
						&& UNSAFE_ADDRESS.matcher(value.replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT))
							.matches()) {
					live.add(name + "=" + abbreviate(value) + " on <" + element.tagName() + ">");
				}
			}
		}
		return live;
	}

	/** A value short enough for a failure message. */
	public static String abbreviate(String value) {
		String printable = value.replace("\u0000", "\\0").replace("\r", "\\r").replace("\n", "\\n");
		return printable.length() <= 60 ? printable : printable.substring(0, 60) + "…";
	}

}
