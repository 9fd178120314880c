package be.mmmbelgium.site.caching;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Validators and caching headers of the public site, and the answers it keeps (see
 * {@link HttpCaching}), apart from the MVC set-up so that slices testing controllers
 * alone go without the database.
 */
@Configuration(proxyBeanMethods = false)
class HttpCachingConfiguration {

	@Bean
	FilterRegistrationBean<HttpCaching> httpCaching(ContentVersion version, Clock clock,
			@Value("${mmm.rendered-pages-memory}") DataSize memory, SecurityFilterProperties security,
			MeterRegistry metrics) {
		RenderedPages kept = new RenderedPages(memory.toBytes());
		// cache_gets_total{cache="kept-answers",result="hit"|"miss"}, and their size.
		CaffeineCacheMetrics.monitor(metrics, kept.answers(), "kept-answers");
		FilterRegistrationBean<HttpCaching> registration = new FilterRegistrationBean<>(
				new HttpCaching(version, kept, clock));
		registration.addUrlPatterns("/*");
		// Before Spring Security, whose headers a kept answer carries already: a visitor
		// asking again for a page is answered without going through the filters that
		// follow.
		registration.setOrder(security.getOrder() - 1);
		return registration;
	}

}
