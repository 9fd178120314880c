package be.mmmbelgium.site.seo;

import java.time.Instant;
import java.util.List;

/**
 * Something with public addresses for the sitemap: each feature that publishes content
 * says which of its addresses are visible now.
 */
public interface SitemapSource {

	/** The visible addresses, in every language. */
	List<SitemapEntry> entries(Instant now);

}
