package be.mmmbelgium.site.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Whether the database is known to be out of reach. A request that failed to reach it says
 * so ({@link #seen()}); from then on, requests are answered 503 at once rather than each
 * waiting for a connection that will not come (see {@link DatabaseOutageFilter}), while
 * one request at a time, at most once every {@link #RETRY}, tries the database again: the
 * site is back by itself within about a second of the database.
 */
@Component
public class DatabaseOutage {

	private static final Logger logger = LoggerFactory.getLogger(DatabaseOutage.class);

	/** How often, at most, the database is tried again while it is away. */
	public static final Duration RETRY = Duration.ofSeconds(1);

	private final DataSource dataSource;

	private volatile boolean ongoing;

	private volatile long triedAt;

	private final AtomicBoolean trying = new AtomicBoolean();

	DatabaseOutage(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** A request could not reach the database. */
	public void seen() {
		this.triedAt = System.nanoTime();
		if (!this.ongoing) {
			this.ongoing = true;
			logger.warn("The database cannot be reached: requests are answered 503 until it is back");
		}
	}

	/** Whether the database is known to be away, as an error page asks before it reads the menu. */
	public boolean isOngoing() {
		return this.ongoing;
	}

	/**
	 * Whether a request may go to the database: always, unless it is known to be away; then
	 * only the one request that finds it back, trying it once every {@link #RETRY}.
	 */
	public boolean mayTry() {
		if (!this.ongoing || System.nanoTime() - this.triedAt < RETRY.toNanos()
				|| !this.trying.compareAndSet(false, true)) {
			return !this.ongoing;
		}
		try (Connection connection = this.dataSource.getConnection()) {
			if (connection.isValid(1)) {
				this.ongoing = false;
				logger.info("The database is back");
			}
		}
		catch (SQLException ex) {
			// Still away.
		}
		finally {
			this.triedAt = System.nanoTime();
			this.trying.set(false);
		}
		return !this.ongoing;
	}

}
