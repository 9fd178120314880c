package be.mmmbelgium.site.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * A database of its own on an existing PostgreSQL server, for tests where no Docker
 * engine answers. It is created empty when a test context starts and dropped when it
 * closes.
 * <p>
 * The server is given by {@code MMM_TEST_POSTGRES_URL} (a JDBC URL of any database of the
 * server, {@code jdbc:postgresql://127.0.0.1:5432/postgres} by default),
 * {@code MMM_TEST_POSTGRES_USER} ({@code postgres}) and
 * {@code MMM_TEST_POSTGRES_PASSWORD}.
 */
final class LocalPostgresDatabase implements JdbcConnectionDetails, DisposableBean {

	static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";

	/** Once the server has failed to answer, the other test contexts fail at once too. */
	private static volatile IllegalStateException unreachable;

	private final String serverUrl;

	private final String username;

	private final String password;

	private final String name;

	private LocalPostgresDatabase(String serverUrl, String username, String password, String name) {
		this.serverUrl = serverUrl;
		this.username = username;
		this.password = password;
		this.name = name;
	}

	static LocalPostgresDatabase create() {
		if (unreachable != null) {
			throw unreachable;
		}
		String url = setting("MMM_TEST_POSTGRES_URL", DEFAULT_URL);
		String user = setting("MMM_TEST_POSTGRES_USER", "postgres");
		String password = setting("MMM_TEST_POSTGRES_PASSWORD", "");
		String name = "mmm_test_"
				+ UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
		LocalPostgresDatabase database = new LocalPostgresDatabase(url, user, password, name);
		try {
			database.execute("create database " + name);
		}
		catch (SQLException ex) {
			unreachable = new IllegalStateException("""
					The tests need PostgreSQL and found none: no Docker engine answered, and the server at %s \
					(user %s) refused: %s. Start a PostgreSQL server there (on Debian: \
					pg_ctlcluster <version> main start), or point MMM_TEST_POSTGRES_URL, MMM_TEST_POSTGRES_USER \
					and MMM_TEST_POSTGRES_PASSWORD to one, or start a Docker engine.""".formatted(url, user,
					ex.getMessage()), ex);
			throw unreachable;
		}
		return database;
	}

	@Override
	public String getJdbcUrl() {
		int slash = this.serverUrl.lastIndexOf('/');
		int query = this.serverUrl.indexOf('?', slash);
		return this.serverUrl.substring(0, slash + 1) + this.name + (query >= 0 ? this.serverUrl.substring(query) : "");
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public String getPassword() {
		return this.password;
	}

	@Override
	public void destroy() throws SQLException {
		execute("drop database if exists " + this.name + " with (force)");
	}

	private void execute(String sql) throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", this.username);
		properties.setProperty("password", this.password);
		properties.setProperty("connectTimeout", "5");
		try (Connection connection = DriverManager.getConnection(this.serverUrl, properties);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static String setting(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
