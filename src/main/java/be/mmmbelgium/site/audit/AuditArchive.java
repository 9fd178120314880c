package be.mmmbelgium.site.audit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import be.mmmbelgium.site.system.ArchivedTable;

/**
 * The audit log stays with the site it tells of: a new site's log starts with the import.
 */
@Configuration(proxyBeanMethods = false)
class AuditArchive {

	@Bean
	ArchivedTable unarchivedAuditEvents() {
		return ArchivedTable.leftOut("audit_event", "what was done on the old site, by its accounts");
	}

}
