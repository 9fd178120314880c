package be.mmmbelgium.site.wordpress;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import be.mmmbelgium.site.admin.BackOfficeAccess;

/**
 * Who may import an old site: admins only.
 */
@Configuration(proxyBeanMethods = false)
class ImportAccess {

	@Bean
	BackOfficeAccess wordPressImportAccess() {
		return BackOfficeAccess.adminSection(WordPressImportController.PATH);
	}

}
