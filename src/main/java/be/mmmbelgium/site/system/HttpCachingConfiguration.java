package be.mmmbelgium.site.system;

import java.time.Clock;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Validators and caching headers of the public site (see {@link HttpCaching}), apart from
 * the MVC set-up so that slices testing controllers alone go without the database.
 */
@Configuration(proxyBeanMethods = false)
class HttpCachingConfiguration {

	@Bean
	FilterRegistrationBean<HttpCaching> httpCaching(ContentVersion version, Clock clock) {
		FilterRegistrationBean<HttpCaching> registration = new FilterRegistrationBean<>(new HttpCaching(version, clock));
		registration.addUrlPatterns("/*");
		return registration;
	}

}
