package be.mmmbelgium.site.web;

import org.springframework.data.domain.Page;

/**
 * The links between the pages of a list. Page 1 has no query string, so a list has one
 * address for its first page.
 *
 * @param basePath the path of the list
 * @param number the one-based number of the page shown
 * @param totalPages how many pages the list has, at least one
 */
public record Pagination(String basePath, int number, int totalPages) {

	public static Pagination of(Page<?> page, String basePath) {
		return new Pagination(basePath, page.getNumber() + 1, Math.max(1, page.getTotalPages()));
	}

	/**
	 * Refuses a page number past the end of a list, which therefore does not exist. The
	 * first page always exists, empty or not.
	 */
	public static <T> Page<T> requireExisting(Page<T> page) {
		if (page.getNumber() > 0 && page.getNumber() >= page.getTotalPages()) {
			throw new ContentNotFoundException("Page " + (page.getNumber() + 1));
		}
		return page;
	}

	public boolean hasPrevious() {
		return this.number > 1;
	}

	public boolean hasNext() {
		return this.number < this.totalPages;
	}

	public String previousPath() {
		return path(this.number - 1);
	}

	public String nextPath() {
		return path(this.number + 1);
	}

	/** The path of page {@code n}, with the canonical form for the first page. */
	public String path(int n) {
		return n <= 1 ? this.basePath : this.basePath + (this.basePath.contains("?") ? "&" : "?") + "page=" + n;
	}

	/** The path of the page shown, as its canonical address. */
	public String currentPath() {
		return path(this.number);
	}

}
