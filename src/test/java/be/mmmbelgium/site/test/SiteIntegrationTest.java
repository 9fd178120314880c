package be.mmmbelgium.site.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Transactional;

/**
 * The whole site on a PostgreSQL database of its own, its clock stopped at
 * {@link Builders#NOW}, driven through MockMvc. Each test runs in a transaction that is
 * rolled back, so the data a test creates is seen by its requests and by no other test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@AutoConfigureMockMvc
@PostgresTest
@Import(FixedClock.class)
@Transactional
public @interface SiteIntegrationTest {

}
