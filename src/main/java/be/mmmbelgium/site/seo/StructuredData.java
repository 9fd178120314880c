package be.mmmbelgium.site.seo;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import be.mmmbelgium.site.system.SiteProperties;
import be.mmmbelgium.site.web.Crumb;
import be.mmmbelgium.site.web.Language;
import be.mmmbelgium.site.web.SitePaths;

/**
 * The schema.org objects every kind of page shares: the association (an {@code NGO}), the
 * web site with its search, and breadcrumb trails. Each kind of content describes itself
 * with {@link JsonLd}, naming the association through {@link #publisher()}.
 */
@Component
public class StructuredData {

	/**
	 * A square picture of the association, large enough for the logos search engines
	 * show.
	 */
	static final String LOGO = "/img/apple-touch-icon.png";

	private final SiteProperties site;

	private final SitePaths paths;

	private final MessageSource messages;

	StructuredData(SiteProperties site, SitePaths paths, MessageSource messages) {
		this.site = site;
		this.paths = paths;
		this.messages = messages;
	}

	/** The association, described in full, as the home page presents it. */
	public JsonLd organization(Language language) {
		return JsonLd.thing("NGO")
			.put("@id", organizationId())
			.put("name", this.site.contact().name())
			.put("alternateName", message("site.name", language))
			.put("url", this.site.absolute(this.paths.home(language)))
			.put("logo", logo())
			.put("description", message("home.description", language))
			.put("email", this.site.contact().email())
			.put("address", this.site.contact().address());
	}

	/** The site and its search, which search engines may offer in their results. */
	public JsonLd website(Language language) {
		return JsonLd.thing("WebSite")
			.put("url", this.site.absolute(this.paths.home(language)))
			.put("name", message("site.name", language))
			.put("inLanguage", language.code())
			.put("publisher", JsonLd.nested("NGO").put("@id", organizationId()))
			.put("potentialAction", JsonLd.nested("SearchAction")
				.put("target", JsonLd.nested("EntryPoint")
					.put("urlTemplate", this.site.absolute(this.paths.search(language)) + "?q={search_term_string}"))
				.put("query-input", "required name=search_term_string"));
	}

	/** The association as the author or publisher of a piece of content. */
	public JsonLd publisher() {
		return JsonLd.nested("NGO")
			.put("@id", organizationId())
			.put("name", this.site.contact().name())
			.put("logo", logo());
	}

	/** The trail from the home page to the page itself, as its breadcrumbs show it. */
	JsonLd breadcrumbs(Language language, List<Crumb> trail, String title, String path) {
		List<JsonLd> items = new ArrayList<>();
		items.add(crumb(1, message("nav.home", language), this.paths.home(language)));
		for (Crumb crumb : trail) {
			items.add(crumb(items.size() + 1, crumb.message() ? message(crumb.label(), language) : crumb.label(),
					crumb.path()));
		}
		items.add(crumb(items.size() + 1, title, path));
		return JsonLd.thing("BreadcrumbList").put("itemListElement", items);
	}

	private JsonLd crumb(int position, String name, String path) {
		return JsonLd.nested("ListItem")
			.put("position", position)
			.put("name", name)
			.put("item", this.site.absolute(path));
	}

	private JsonLd logo() {
		return JsonLd.nested("ImageObject").put("url", this.site.absolute(LOGO)).put("width", 180).put("height", 180);
	}

	private String organizationId() {
		return this.site.absolute("/") + "#organization";
	}

	private String message(String key, Language language) {
		return this.messages.getMessage(key, null, language.locale());
	}

}
