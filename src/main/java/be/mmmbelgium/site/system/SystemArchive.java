package be.mmmbelgium.site.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The secrets instances share stay with their site: a new site draws its own.
 */
@Configuration(proxyBeanMethods = false)
class SystemArchive {

	@Bean
	ArchivedTable unarchivedSharedSecrets() {
		return ArchivedTable.leftOut("shared_secret", "keys of the old site");
	}

}
