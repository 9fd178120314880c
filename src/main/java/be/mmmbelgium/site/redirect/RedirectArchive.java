package be.mmmbelgium.site.redirect;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import be.mmmbelgium.site.system.ArchivedTable;

/**
 * The old addresses in the site archive. The redirects a new site starts with (those of
 * the migrations) make way for the archive's, which are the old site's own.
 */
@Configuration(proxyBeanMethods = false)
class RedirectArchive {

	@Bean
	ArchivedTable archivedRedirects() {
		return ArchivedTable.of("redirect").withRowsReplacedOnImport();
	}

	@Bean
	ArchivedTable archivedRemovedPaths() {
		return ArchivedTable.of("removed_path");
	}

}
