package be.mmmbelgium.site.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;

import be.mmmbelgium.site.content.AuditingConfiguration;
import be.mmmbelgium.site.system.SiteTime;

/**
 * A repository test on a PostgreSQL database of its own (never an embedded one), with the
 * site's auditing of creation and modification instants.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ PostgresTestConfiguration.class, SiteTime.class, AuditingConfiguration.class })
public @interface PostgresDataJpaTest {

}
