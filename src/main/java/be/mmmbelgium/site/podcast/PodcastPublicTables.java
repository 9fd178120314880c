package be.mmmbelgium.site.podcast;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import be.mmmbelgium.site.caching.PublicTable;

/**
 * The tables of the podcast that public pages and feeds read, for the version of the
 * site: the series and their episodes.
 */
@Configuration(proxyBeanMethods = false)
class PodcastPublicTables {

	@Bean
	PublicTable publicSeries() {
		return PublicTable.publishedContent("podcast_series");
	}

	@Bean
	PublicTable publicEpisodes() {
		return PublicTable.publishedContent("episode");
	}

}
