package be.mmmbelgium.site.wordpress;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import be.mmmbelgium.site.system.ArchivedTable;

/**
 * What WordPress imports brought, in the site archive, so that importing the same export
 * into the new site recognises every item.
 */
@Configuration(proxyBeanMethods = false)
class WordPressArchive {

	@Bean
	ArchivedTable archivedWordPressItems() {
		return ArchivedTable.of("wordpress_item");
	}

	@Bean
	ArchivedTable unarchivedImportJobs() {
		return ArchivedTable.leftOut("wordpress_import_job",
				"imports prepared or run in the old site's back-office, whose files stay there");
	}

}
