package be.mmmbelgium.site.page;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import be.mmmbelgium.site.admin.BackOfficeAccess;

/**
 * Who may edit the institutional pages: admins only.
 */
@Configuration(proxyBeanMethods = false)
class PageAccess {

	@Bean
	BackOfficeAccess pagesAccess() {
		return BackOfficeAccess.adminSection(PageAdminController.PATH);
	}

}
