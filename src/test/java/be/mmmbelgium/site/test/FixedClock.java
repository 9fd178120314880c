package be.mmmbelgium.site.test;

import java.time.Clock;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Stops the site's clock at {@link Builders#NOW}, so publication rules can be tested at a
 * known instant.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FixedClock {

	@Bean
	@Primary
	Clock fixedClock() {
		return Clock.fixed(Builders.NOW, ZoneOffset.UTC);
	}

}
