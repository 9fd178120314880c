package be.mmmbelgium.site.web;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts {@link CanonicalAddresses} in front of every other filter of the site.
 */
@Configuration(proxyBeanMethods = false)
class CanonicalAddressesConfiguration {

	@Bean
	FilterRegistrationBean<CanonicalAddresses> canonicalAddresses(SecurityFilterProperties security) {
		FilterRegistrationBean<CanonicalAddresses> registration = new FilterRegistrationBean<>(
				new CanonicalAddresses());
		registration.addUrlPatterns("/*");
		// First of all (then the outage filter, then the cache): every filter after it
		// sees an address in one spelling.
		registration.setOrder(security.getOrder() - 3);
		return registration;
	}

}
