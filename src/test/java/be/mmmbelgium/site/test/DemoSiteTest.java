package be.mmmbelgium.site.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole site over the demo content, on a PostgreSQL database of its own, on a real
 * server and through MockMvc. The tests that read the demo content share it: one
 * application context, and one loading of the demo content, for them all. They read it
 * and leave it as they found it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "mmm.demo-content=true")
@AutoConfigureMockMvc
@PostgresTest
public @interface DemoSiteTest {

}
