package be.mmmbelgium.site.page;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import be.mmmbelgium.site.seo.SitemapEntry;
import be.mmmbelgium.site.seo.SitemapSource;
import be.mmmbelgium.site.web.SitePaths;

/**
 * The visible institutional pages, for the sitemap.
 */
@Component
class PageSitemap implements SitemapSource {

	private final PageRepository pages;

	private final SitePaths paths;

	PageSitemap(PageRepository pages, SitePaths paths) {
		this.pages = pages;
		this.paths = paths;
	}

	@Override
	@Transactional(readOnly = true)
	public List<SitemapEntry> entries(Instant now) {
		return SitemapEntry.of(this.pages.findVisibleRows(now), this.paths::page);
	}

}
