package be.mmmbelgium.site.browser;

import org.springframework.boot.test.context.SpringBootTest;

import be.mmmbelgium.site.test.PostgresTest;

/**
 * Where the back-office's browser tests run: the site on a real server with a PostgreSQL
 * database of its own (what they save is committed), one application context for them
 * all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.application.name=back-office-browser-test")
@PostgresTest
abstract class BackOfficeBrowsing extends Browsing {

}
