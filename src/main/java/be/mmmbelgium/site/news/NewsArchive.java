package be.mmmbelgium.site.news;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import be.mmmbelgium.site.system.ArchivedTable;

/**
 * The tables of news in the site archive.
 */
@Configuration(proxyBeanMethods = false)
class NewsArchive {

	@Bean
	ArchivedTable archivedNewsPosts() {
		return ArchivedTable.of("news_post").referencingAccounts("author_id").computedByTheDatabase("search_vector");
	}

	@Bean
	ArchivedTable archivedNewsSlugAliases() {
		return ArchivedTable.of("news_post_slug_alias");
	}

	@Bean
	ArchivedTable archivedNewsTags() {
		return ArchivedTable.of("news_post_tag");
	}

	@Bean
	ArchivedTable archivedNewsAttachments() {
		return ArchivedTable.of("news_attachment");
	}

	@Bean
	ArchivedTable archivedTags() {
		return ArchivedTable.of("tag");
	}

}
