package be.mmmbelgium.site.outage;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.ViewResolver;

/**
 * Puts {@link DatabaseOutageFilter} after the filter that gives every address one
 * spelling and before the cache, which reads the content's version from the database.
 */
@Configuration(proxyBeanMethods = false)
class OutageConfiguration {

	@Bean
	FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter(DatabaseOutage outage,
			SecurityFilterProperties security, @Qualifier("thymeleafViewResolver") ViewResolver views) {
		FilterRegistrationBean<DatabaseOutageFilter> registration = new FilterRegistrationBean<>(
				new DatabaseOutageFilter(outage, views));
		registration.addUrlPatterns("/*");
		registration.setOrder(security.getOrder() - 2);
		return registration;
	}

}
