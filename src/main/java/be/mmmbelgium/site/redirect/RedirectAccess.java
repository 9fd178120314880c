package be.mmmbelgium.site.redirect;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import be.mmmbelgium.site.admin.BackOfficeAccess;

/**
 * Who may edit the redirects of old addresses: admins only.
 */
@Configuration(proxyBeanMethods = false)
class RedirectAccess {

	@Bean
	BackOfficeAccess redirectsAccess() {
		return BackOfficeAccess.adminSection(RedirectAdminController.PATH);
	}

}
