package be.mmmbelgium.site.hostile;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * What the MockMvc tests of hostile inputs share: one published item of each kind and an
 * admin, created afresh for each test in its rolled-back transaction.
 */
abstract class HostileSiteTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	HostileSite site;

	@BeforeEach
	void createOneItemOfEachKind() {
		this.site = HostileSite.create(this.context);
	}

}
