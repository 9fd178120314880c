package be.mmmbelgium.site.system;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/**
 * Validators and caching headers of the public site (see {@link HttpCaching}), apart from
 * the MVC set-up so that slices testing controllers alone go without the database.
 */
@Configuration(proxyBeanMethods = false)
class HttpCachingConfiguration {

	@Bean
	FilterRegistrationBean<HttpCaching> httpCaching(ContentVersion version, Clock clock,
			@Value("${mmm.rendered-pages-memory}") DataSize memory) {
		FilterRegistrationBean<HttpCaching> registration = new FilterRegistrationBean<>(
				new HttpCaching(version, new RenderedPages(memory.toBytes()), clock));
		registration.addUrlPatterns("/*");
		// After every filter that decorates answers: a kept answer is sent without those that follow.
		registration.setOrder(Ordered.LOWEST_PRECEDENCE);
		return registration;
	}

}
