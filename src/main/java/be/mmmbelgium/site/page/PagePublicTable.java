package be.mmmbelgium.site.page;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import be.mmmbelgium.site.caching.PublicTable;

/**
 * The table of institutional pages, for the version of the site.
 */
@Configuration(proxyBeanMethods = false)
class PagePublicTable {

	@Bean
	PublicTable publicPages() {
		return PublicTable.publishedContent("page");
	}

}
