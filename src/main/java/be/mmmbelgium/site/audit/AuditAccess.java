package be.mmmbelgium.site.audit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import be.mmmbelgium.site.admin.BackOfficeAccess;

/**
 * Who may read the audit log: admins only.
 */
@Configuration(proxyBeanMethods = false)
class AuditAccess {

	@Bean
	BackOfficeAccess auditLogAccess() {
		return BackOfficeAccess.adminSection(AuditController.PATH);
	}

}
