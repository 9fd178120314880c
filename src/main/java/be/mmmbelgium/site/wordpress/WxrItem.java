package be.mmmbelgium.site.wordpress;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * One {@code <item>} of a WordPress export: a post, a page, an attachment or anything
 * else WordPress keeps as a post (menu entries, revisions, custom types), as the export
 * gives it.
 *
 * @param id the WordPress id ({@code wp:post_id})
 * @param type {@code post}, {@code page}, {@code attachment}, …
 * @param status {@code publish}, {@code draft}, {@code future}, {@code pending},
 * {@code private}, {@code trash}, {@code inherit}, …
 * @param title the title, possibly empty
 * @param link the item's permalink on the old site
 * @param slug {@code wp:post_name}, percent-encoded as WordPress keeps it; may be empty
 * for drafts
 * @param dateGmt {@code wp:post_date_gmt} ({@code 0000-00-00 00:00:00} for drafts)
 * @param date {@code wp:post_date}, in the old site's time zone
 * @param creator the author's login ({@code dc:creator})
 * @param content the HTML of {@code content:encoded}
 * @param excerpt the text of {@code excerpt:encoded}
 * @param parent the id of the parent page or, for an attachment, of the post it was
 * uploaded to; 0 for none
 * @param menuOrder {@code wp:menu_order}
 * @param attachmentUrl for an attachment, the address of its file
 * @param terms the categories, tags, language and translation group the item is in
 * @param meta the custom fields the import reads ({@code _thumbnail_id}, an attachment's
 * alt text, …)
 * @param comments how many comments the export holds for the item
 */
record WxrItem(long id, String type, String status, String title, String link, String slug, String dateGmt, String date,
		String creator, String content, String excerpt, long parent, int menuOrder, @Nullable String attachmentUrl,
		List<Term> terms, Map<String, String> meta, int comments) {

	/** The taxonomies of terms: what WordPress calls their domain. */
	static final String CATEGORY = "category";

	static final String TAG = "post_tag";

	/** Polylang's language of an item, and its group of translations. */
	static final String LANGUAGE = "language";

	static final String TRANSLATIONS = "post_translations";

	/**
	 * A term the item is in: a {@code category} element, with its domain and nicename.
	 */
	record Term(String taxonomy, String slug, String name) {
	}

	List<Term> terms(String taxonomy) {
		return this.terms.stream().filter((term) -> term.taxonomy().equals(taxonomy)).toList();
	}

	Optional<String> term(String taxonomy) {
		return terms(taxonomy).stream().map(Term::slug).findFirst();
	}

	Optional<String> meta(String key) {
		return Optional.ofNullable(this.meta.get(key)).filter((value) -> !value.isBlank());
	}

}
