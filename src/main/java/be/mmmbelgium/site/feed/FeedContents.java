package be.mmmbelgium.site.feed;

import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;

/**
 * The HTML of feed entries, which takes parsing an item's text and making every address
 * in it absolute: done once for each version of an item, not on every request for the
 * feed. A version is the item's own {@code @Version}, which every change of it raises, so
 * an entry is never served from an older text.
 */
@Component
public class FeedContents {

	/** Enough for every entry of every feed of the site, many times over. */
	private static final int ENTRIES = 2_000;

	private final Cache<String, String> contents = Caffeine.newBuilder().maximumSize(ENTRIES).build();

	/**
	 * The content of an entry.
	 * @param item what the entry is of, such as {@code news/42}
	 * @param version the item's version
	 * @param compute how to make it, when it is not made yet for that version
	 */
	public String of(String item, long version, Supplier<String> compute) {
		return this.contents.get(item + "@" + version, (key) -> compute.get());
	}

}
