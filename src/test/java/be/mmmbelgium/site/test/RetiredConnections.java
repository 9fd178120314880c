package be.mmmbelgium.site.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import be.mmmbelgium.site.account.AccountPrincipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Saves made after the connection pool retired every connection it had, as it does when
 * their maximum lifetime ends (30 minutes by default). On H2 2.4, a check constraint kept
 * a reference to the connection that created it, the migrations' one; once that
 * connection was closed, every insert or update checked by it failed ("The database has
 * been closed").
 */
public final class RetiredConnections {

	private RetiredConnections() {
	}

	/**
	 * Writes a news post and a page through their forms, retires every connection the
	 * pool had, then writes and changes them again: each save must be saved. A connection
	 * from outside the pool stays open meanwhile, as the pool's younger connections do in
	 * production, so that an embedded database is not closed and reopened afresh.
	 */
	public static void savesStillSucceed(MockMvcTester mvc, DataSource dataSource, AccountPrincipal admin)
			throws SQLException {
		String post = save(mvc, admin, "/admin/news/new", "Avant le renouvellement des connexions", null);
		String page = save(mvc, admin, "/admin/pages/new", "Une page avant le renouvellement", null);
		try (Connection outsideThePool = outsideThePool(dataSource)) {
			retireAll(dataSource, outsideThePool);
			save(mvc, admin, "/admin/news/new", "Après le renouvellement des connexions", null);
			save(mvc, admin, "/admin/pages/new", "Une page après le renouvellement", null);
			save(mvc, admin, post, "Avant le renouvellement, corrigé", 0L);
			save(mvc, admin, page, "Une page corrigée", 0L);
		}
	}

	/**
	 * Closes every connection of the pool, as the end of their lifetime does (Hikari
	 * retires a connection past its maximum lifetime and an evicted one the same way:
	 * closed at once when idle, when given back when in use), and waits until the
	 * database has ended their sessions (the pool closes them on a thread of its own, and
	 * opens new ones to keep its minimum).
	 */
	public static void retireAll(DataSource dataSource, Connection outsideThePool) throws SQLException {
		HikariPoolMXBean pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
		Set<Long> old = sessionsOfThePool(outsideThePool);
		pool.softEvictConnections();
		awaitTheEndOf(old, outsideThePool, Duration.ofSeconds(10));
	}

	/**
	 * A connection to the pool's database from outside the pool, which keeps an embedded
	 * database open while the pool renews its connections.
	 */
	public static Connection outsideThePool(DataSource dataSource) throws SQLException {
		HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
		return DriverManager.getConnection(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword());
	}

	/**
	 * The sessions open on the database now, but the one of the connection from outside
	 * the pool.
	 */
	private static Set<Long> sessionsOfThePool(Connection outsideThePool) throws SQLException {
		Set<Long> sessions = sessions(outsideThePool);
		sessions.remove(sessionOf(outsideThePool));
		assertThat(sessions).as("sessions of the pool").isNotEmpty();
		return sessions;
	}

	/** Waits until the database has ended these sessions, at most for a while. */
	private static void awaitTheEndOf(Set<Long> sessions, Connection outsideThePool, Duration atMost)
			throws SQLException {
		Instant deadline = Instant.now().plus(atMost);
		Set<Long> left = new HashSet<>(sessions);
		while (!left.isEmpty() && Instant.now().isBefore(deadline)) {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			left.retainAll(sessions(outsideThePool));
		}
		assertThat(left).as("sessions of the pool left open after " + atMost + ", of " + sessions).isEmpty();
	}

	/** The sessions open on the database, by the database's own numbers. */
	private static Set<Long> sessions(Connection connection) throws SQLException {
		return numbers(connection, isH2(connection) ? "select session_id from information_schema.sessions"
				: "select pid from pg_stat_activity where datname = current_database()");
	}

	private static long sessionOf(Connection connection) throws SQLException {
		return numbers(connection, isH2(connection) ? "select session_id()" : "select pg_backend_pid()").iterator()
			.next();
	}

	private static boolean isH2(Connection connection) throws SQLException {
		return connection.getMetaData().getDatabaseProductName().equals("H2");
	}

	private static Set<Long> numbers(Connection connection, String query) throws SQLException {
		Set<Long> numbers = new HashSet<>();
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
			while (result.next()) {
				numbers.add(result.getLong(1));
			}
		}
		return numbers;
	}

	private static String save(MockMvcTester mvc, AccountPrincipal who, String path, String title, Long version) {
		MvcTestResult saved = mvc.post()
			.uri(path)
			.param("language", "FR")
			.param("title", title)
			.param("body", "Un texte.")
			.param("version", version == null ? "" : version.toString())
			.with(user(who))
			.with(csrf())
			.exchange();
		assertThat(saved).as("saving " + title).hasStatus3xxRedirection();
		String location = saved.getResponse().getRedirectedUrl();
		assertThat(location).as("saving " + title).matches("/admin/(news|pages)/\\d+");
		return location;
	}

}
