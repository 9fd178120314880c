package be.mmmbelgium.site.page;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import be.mmmbelgium.site.system.ArchivedTable;

/**
 * The tables of pages in the site archive.
 */
@Configuration(proxyBeanMethods = false)
class PageArchive {

	@Bean
	ArchivedTable archivedPages() {
		return ArchivedTable.of("page").referencingAccounts("author_id").computedByTheDatabase("search_vector");
	}

	@Bean
	ArchivedTable archivedPageSlugAliases() {
		return ArchivedTable.of("page_slug_alias");
	}

	@Bean
	ArchivedTable archivedPageAttachments() {
		return ArchivedTable.of("page_attachment");
	}

}
