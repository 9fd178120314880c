package be.mmmbelgium.site.system;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Addresses in one spelling ({@link CanonicalAddresses}), validators and caching headers of
 * the public site (see {@link HttpCaching}), and the answers given while the database is
 * away ({@link DatabaseOutageFilter}), apart from the
 * MVC set-up so that slices testing controllers alone go without the database.
 */
@Configuration(proxyBeanMethods = false)
class HttpCachingConfiguration {

	@Bean
	FilterRegistrationBean<HttpCaching> httpCaching(ContentVersion version, Clock clock,
			@Value("${mmm.rendered-pages-memory}") DataSize memory, SecurityFilterProperties security) {
		FilterRegistrationBean<HttpCaching> registration = new FilterRegistrationBean<>(
				new HttpCaching(version, new RenderedPages(memory.toBytes()), clock));
		registration.addUrlPatterns("/*");
		// Before Spring Security, whose headers a kept answer carries already: a visitor asking
		// again for a page is answered without going through the filters that follow.
		registration.setOrder(security.getOrder() - 1);
		return registration;
	}

	@Bean
	FilterRegistrationBean<CanonicalAddresses> canonicalAddresses(SecurityFilterProperties security) {
		FilterRegistrationBean<CanonicalAddresses> registration = new FilterRegistrationBean<>(new CanonicalAddresses());
		registration.addUrlPatterns("/*");
		// First of all: every filter after it, and the cache, sees an address in one spelling.
		registration.setOrder(security.getOrder() - 3);
		return registration;
	}

	@Bean
	FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter(DatabaseOutage outage,
			SecurityFilterProperties security) {
		FilterRegistrationBean<DatabaseOutageFilter> registration = new FilterRegistrationBean<>(
				new DatabaseOutageFilter(outage));
		registration.addUrlPatterns("/*");
		// Before the caching filter, which reads the content's version from the database.
		registration.setOrder(security.getOrder() - 2);
		return registration;
	}

}
