package be.mmmbelgium.site.news;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import be.mmmbelgium.site.seo.SitemapEntry;
import be.mmmbelgium.site.seo.SitemapSource;
import be.mmmbelgium.site.web.SitePaths;

/**
 * The visible news posts and subject pages, for the sitemap.
 */
@Component
class NewsSitemap implements SitemapSource {

	private final NewsPostRepository posts;

	private final SitePaths paths;

	NewsSitemap(NewsPostRepository posts, SitePaths paths) {
		this.posts = posts;
		this.paths = paths;
	}

	@Override
	@Transactional(readOnly = true)
	public List<SitemapEntry> entries(Instant now) {
		List<SitemapEntry> entries = new ArrayList<>(
				SitemapEntry.of(this.posts.findVisibleRows(now), this.paths::newsPost));
		entries.addAll(SitemapEntry.of(this.posts.findVisibleTagRows(now), this.paths::newsTopic));
		return entries;
	}

}
