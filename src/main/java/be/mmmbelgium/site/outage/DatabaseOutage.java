package be.mmmbelgium.site.outage;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Whether the database is known to be out of reach. A request whose connection to it
 * failed says so ({@link #seen()}); from then on, requests are answered 503 at once
 * rather than each waiting for a connection that will not come (see
 * {@link DatabaseOutageFilter}), while one request at a time, {@link #RETRY} after the
 * last try ended, tries the database again: the site is back by itself on the first
 * request past that second once the database answers (a try may itself wait for the
 * pool's connection timeout while the database is away).
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

	/** The time, in nanoseconds from an arbitrary origin. */
	private final LongSupplier ticker;

	@Autowired
	DatabaseOutage(DataSource dataSource) {
		this(dataSource, System::nanoTime);
	}

	DatabaseOutage(DataSource dataSource, LongSupplier ticker) {
		this.dataSource = dataSource;
		this.ticker = ticker;
	}

	/** A request could not reach the database. */
	public void seen() {
		this.triedAt = this.ticker.getAsLong();
		if (!this.ongoing) {
			this.ongoing = true;
			logger.warn("The database cannot be reached: requests are answered 503 until it is back");
		}
	}

	/**
	 * Whether the database is known to be away, as an error page asks before it reads the
	 * menu.
	 */
	public boolean isOngoing() {
		return this.ongoing;
	}

	/**
	 * Whether a request may go to the database: always, unless it is known to be away;
	 * then only the one request that finds it back, trying it once every {@link #RETRY}.
	 */
	public boolean mayTry() {
		if (!this.ongoing || this.ticker.getAsLong() - this.triedAt < RETRY.toNanos()
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
			this.triedAt = this.ticker.getAsLong();
			this.trying.set(false);
		}
		return !this.ongoing;
	}

}
