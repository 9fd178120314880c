package be.mmmbelgium.site.feed;

/**
 * The ids feeds give their entries: tag URIs (RFC 4151) under the association's own
 * domain, so that an entry keeps its id whatever address the site is served from, and
 * readers and podcast apps never show it twice after a move to another domain.
 */
public final class FeedIds {

	/** The authority and date of every id; never to change. */
	static final String PREFIX = "tag:mmmbelgium.be,2015:";

	private FeedIds() {
	}

	/** The id of an entry, such as {@code news/42}. */
	public static String of(String entry) {
		return PREFIX + entry;
	}

}
