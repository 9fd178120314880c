package be.mmmbelgium.site;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Keeps the feature packages honest: no cycles, and no reaching into another feature's
 * internals.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(SiteApplication.class);

	@Test
	void featuresRespectTheirBoundaries() {
		modules.verify();
	}

}
