package be.mmmbelgium.site.archive;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import be.mmmbelgium.site.admin.BackOfficeAccess;

/**
 * Who may export or import the whole site: admins only. An archive holds every account
 * and every draft.
 */
@Configuration(proxyBeanMethods = false)
class ArchiveAccess {

	@Bean
	BackOfficeAccess archiveSectionAccess() {
		return BackOfficeAccess.adminSection(ArchiveController.PATH);
	}

}
