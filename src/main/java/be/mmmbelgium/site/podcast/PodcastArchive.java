package be.mmmbelgium.site.podcast;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import be.mmmbelgium.site.system.ArchivedTable;

/**
 * The tables of the podcast in the site archive.
 */
@Configuration(proxyBeanMethods = false)
class PodcastArchive {

	@Bean
	ArchivedTable archivedSeries() {
		return ArchivedTable.of("podcast_series").referencingAccounts("author_id");
	}

	@Bean
	ArchivedTable archivedSeriesSlugAliases() {
		return ArchivedTable.of("podcast_series_slug_alias");
	}

	@Bean
	ArchivedTable archivedEpisodes() {
		return ArchivedTable.of("episode").referencingAccounts("author_id").computedByTheDatabase("search_vector");
	}

	@Bean
	ArchivedTable archivedEpisodeSlugAliases() {
		return ArchivedTable.of("episode_slug_alias");
	}

}
