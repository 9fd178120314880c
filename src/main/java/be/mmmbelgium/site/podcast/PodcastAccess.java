package be.mmmbelgium.site.podcast;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import be.mmmbelgium.site.admin.BackOfficeAccess;
import be.mmmbelgium.site.content.ContentAdminController;

/**
 * Who may do what with the podcast: contributors write episodes and editors publish them;
 * the series, which directories list, are for editors.
 */
@Configuration(proxyBeanMethods = false)
class PodcastAccess {

	@Bean
	BackOfficeAccess episodesAccess() {
		return ContentAdminController.publishedByEditors(EpisodeAdminController.PATH);
	}

	@Bean
	BackOfficeAccess seriesAccess() {
		return BackOfficeAccess.editorSection(SeriesAdminController.PATH);
	}

}
