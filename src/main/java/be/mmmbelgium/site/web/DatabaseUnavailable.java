package be.mmmbelgium.site.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.function.Predicate;

import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Recognises a failure whose cause is that the database cannot be reached, as opposed to
 * a fault of the site: it is answered 503 Service Unavailable, and the site recovers by
 * itself once the database is back.
 */
public final class DatabaseUnavailable {

	/**
	 * How long, in seconds, a visitor or a crawler is asked to wait while the database is
	 * away.
	 */
	public static final String RETRY_AFTER = "30";

	private DatabaseUnavailable() {
	}

	/**
	 * Whether the failure, or any of its causes, is a connection to the database that
	 * failed (SQL state class 08), as opposed to one that was only not free in time: a
	 * pool busy under load is no outage.
	 */
	public static boolean isUnreachable(Throwable failure) {
		return anyCause(failure, (cause) -> cause instanceof SQLException sql && sql.getSQLState() != null
				&& sql.getSQLState().startsWith("08"));
	}

	/** Whether the failure, or any of its causes, is the database being out of reach. */
	public static boolean isCause(Object failure) {
		return failure instanceof Throwable throwable && anyCause(throwable,
				(cause) -> cause instanceof CannotCreateTransactionException
						|| cause instanceof DataAccessResourceFailureException
						|| cause instanceof SQLTransientConnectionException
						|| cause instanceof JDBCConnectionException);
	}

	private static boolean anyCause(Throwable failure, Predicate<Throwable> test) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() == cause) ? null : cause.getCause()) {
			if (test.test(cause)) {
				return true;
			}
		}
		return false;
	}

}
