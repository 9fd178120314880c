package be.mmmbelgium.site.test;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL database of a test context. Where a Docker engine answers, a container
 * of a pinned PostgreSQL image; otherwise a new database on an existing server (see
 * {@link LocalPostgresDatabase}). Either way each test context starts from an empty
 * database, and the tests never run on H2.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PostgresTestConfiguration {

	/** The same major version as the {@code docker-compose.yml} deployment. */
	static final String IMAGE = "postgres:17.6-alpine";

	@Bean
	@ServiceConnection
	@Conditional(DockerAnswers.class)
	PostgreSQLContainer postgresContainer() {
		return new PostgreSQLContainer(IMAGE);
	}

	@Bean
	@Conditional(NoDocker.class)
	JdbcConnectionDetails localPostgresDatabase() {
		return LocalPostgresDatabase.create();
	}

	static final class DockerAnswers implements Condition {

		private static final boolean AVAILABLE = detect();

		private static boolean detect() {
			try {
				return DockerClientFactory.instance().isDockerAvailable();
			}
			catch (RuntimeException | LinkageError ex) {
				return false;
			}
		}

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return AVAILABLE;
		}

	}

	static final class NoDocker implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !DockerAnswers.AVAILABLE;
		}

	}

}
