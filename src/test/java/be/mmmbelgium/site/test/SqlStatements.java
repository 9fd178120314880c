package be.mmmbelgium.site.test;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * Counts the SQL statements Hibernate prepares while something runs, for the tests that
 * keep what a page reads in check. Counting is on from {@link #start} to {@link #stop}
 * only: the application context is shared with tests that do not count.
 */
public final class SqlStatements {

	private final Statistics statistics;

	private SqlStatements(Statistics statistics) {
		this.statistics = statistics;
	}

	public static SqlStatements start(EntityManagerFactory entityManagerFactory) {
		Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.setStatisticsEnabled(true);
		return new SqlStatements(statistics);
	}

	/** How many statements were prepared while the action ran. */
	public long during(Runnable action) {
		this.statistics.clear();
		action.run();
		return this.statistics.getPrepareStatementCount();
	}

	public void stop() {
		this.statistics.setStatisticsEnabled(false);
	}

}
