package be.mmmbelgium.site.feed;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import be.mmmbelgium.site.system.SiteProperties;

/**
 * HTML as feeds carry it: read outside the site, by feed readers and podcast apps, so
 * every address in it must be absolute.
 */
public final class FeedHtml {

	private FeedHtml() {
	}

	/** A fragment of the site's HTML, ready to be changed before {@link #absolute}. */
	public static Document parse(String html) {
		Document document = Jsoup.parseBodyFragment(html);
		document.outputSettings().prettyPrint(false);
		return document;
	}

	/**
	 * The fragment's HTML with every site path in a link or an image made absolute; the
	 * images' {@code srcset} is left out, since readers show one size and resolve no
	 * paths.
	 */
	public static String absolute(Document html, SiteProperties site) {
		for (Element element : html.select("[href^=/], [src^=/]")) {
			String attribute = element.hasAttr("href") ? "href" : "src";
			String value = element.attr(attribute);
			if (!value.startsWith("//")) {
				element.attr(attribute, site.absolute(value));
			}
		}
		html.select("[srcset]").removeAttr("srcset");
		return html.body().html();
	}

}
