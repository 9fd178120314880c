package be.mmmbelgium.site.content;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import be.mmmbelgium.site.system.ArchivedTable;

/**
 * What all content shares, in the site archive: the revisions and the changes awaiting
 * publication, but not the text kept while someone types, which belongs to their session.
 */
@Configuration(proxyBeanMethods = false)
class ContentArchive {

	@Bean
	ArchivedTable archivedRevisions() {
		return ArchivedTable.of("revision").referencingAccounts("author_id");
	}

	@Bean
	ArchivedTable archivedPendingChanges() {
		return ArchivedTable.of("pending_change").referencingAccounts("saved_by");
	}

	@Bean
	ArchivedTable unarchivedAutosaves() {
		return ArchivedTable.leftOut("autosave", "text being typed, kept for the session of its writer");
	}

}
