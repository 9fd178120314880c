package be.mmmbelgium.site.system;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Time on the site: instants are stored in UTC and shown in Brussels time. The
 * {@link Clock} is a bean so that publication rules can be tested at any instant.
 */
@Configuration(proxyBeanMethods = false)
public class SiteTime {

	public static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
