package be.mmmbelgium.site.seo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import be.mmmbelgium.site.content.SearchText;

/**
 * What a public page tells search engines and link previews about itself, beyond its
 * HTML: the layout writes it as the meta description, Open Graph and Twitter card tags
 * and, with the breadcrumb trail added by {@link StructuredDataInterceptor}, JSON-LD.
 * Controllers put it in the model as {@value #MODEL_ATTRIBUTE}.
 *
 * @param title the page's own title, without the site's name
 * @param description a sentence or two on the page; null for the template's own
 * @param image the picture of link previews; null for none
 * @param article whether the page is an article (Open Graph type {@code article})
 * @param publishedAt when an article was published; null otherwise
 * @param modifiedAt when an article last changed; null otherwise
 * @param structuredData schema.org objects describing the page's content
 */
public record PageMetadata(@Nullable String title, @Nullable String description, @Nullable ShareImage image,
		boolean article, @Nullable Instant publishedAt, @Nullable Instant modifiedAt,
		List<Map<String, Object>> structuredData) {

	public static final String MODEL_ATTRIBUTE = "metadata";

	/** How long a description taken from the text may be, as search engines show them. */
	static final int DESCRIPTION_LENGTH = 160;

	public static PageMetadata page(@Nullable String title) {
		return new PageMetadata(title, null, null, false, null, null, List.of());
	}

	public static PageMetadata article(String title, @Nullable Instant publishedAt, Instant modifiedAt) {
		return new PageMetadata(title, null, null, true, publishedAt, modifiedAt, List.of());
	}

	/**
	 * The description of an item: its summary, or when it has none the beginning of its
	 * text, cut at a word.
	 */
	public PageMetadata describedBy(String summary, String html) {
		String description = summary != null && !summary.isBlank() ? summary.strip() : SearchText.plain(html);
		if (description.length() > DESCRIPTION_LENGTH) {
			int space = description.lastIndexOf(' ', DESCRIPTION_LENGTH - 1);
			description = description.substring(0, space > 0 ? space : DESCRIPTION_LENGTH - 1) + "…";
		}
		return new PageMetadata(this.title, description.isEmpty() ? null : description, this.image, this.article,
				this.publishedAt, this.modifiedAt, this.structuredData);
	}

	public PageMetadata illustratedBy(@Nullable ShareImage image) {
		return new PageMetadata(this.title, this.description, image, this.article, this.publishedAt, this.modifiedAt,
				this.structuredData);
	}

	public PageMetadata with(JsonLd data) {
		List<Map<String, Object>> all = new ArrayList<>(this.structuredData);
		all.add(data.toMap());
		return new PageMetadata(this.title, this.description, this.image, this.article, this.publishedAt,
				this.modifiedAt, List.copyOf(all));
	}

}
