package be.mmmbelgium.site.feed;

/**
 * A feed a page names in its head, besides its language's news feed, so that feed readers
 * and podcast apps find it from the page's address (the {@code feeds} model attribute).
 *
 * @param title what readers show for it
 * @param mediaType the feed's format, such as {@code application/rss+xml}
 * @param path the feed's site path
 */
public record FeedLink(String title, String mediaType, String path) {

	public static final String MODEL_ATTRIBUTE = "feeds";

	public static FeedLink atom(String title, String path) {
		return new FeedLink(title, "application/atom+xml", path);
	}

	public static FeedLink rss(String title, String path) {
		return new FeedLink(title, "application/rss+xml", path);
	}

}
