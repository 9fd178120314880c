package be.mmmbelgium.site.page;

import java.util.List;

/**
 * The main navigation of the public site in one language, built from the page tree and
 * the site's sections.
 *
 * @param items the top-level entries, in menu order
 * @param footer the top-level pages kept out of the main menu, such as the privacy policy
 */
public record Menu(List<Item> items, List<Item> footer) {

	public static Menu empty() {
		return new Menu(List.of(), List.of());
	}

	/**
	 * An entry of the menu, with the entries under it.
	 *
	 * @param label what the entry reads; for a section, a message key
	 * @param path where it leads
	 * @param section whether the label is a message key rather than a page title
	 * @param children the pages under it, shown as a sub-menu
	 */
	public record Item(String label, String path, boolean section, int order, List<Item> children) {

		public static Item section(String messageKey, String path, int order) {
			return new Item(messageKey, path, true, order, List.of());
		}

	}

}
