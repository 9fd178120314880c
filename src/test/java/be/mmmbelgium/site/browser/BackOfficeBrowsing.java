package be.mmmbelgium.site.browser;

import org.springframework.boot.test.context.SpringBootTest;

import be.mmmbelgium.site.test.PostgresTest;

/**
 * Where the back-office's browser tests run: the site on a real server with a PostgreSQL
 * database of its own (what they save is committed). They share it with the other tests
 * of a real server that mind no content saved before them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@PostgresTest
abstract class BackOfficeBrowsing extends Browsing {

}
