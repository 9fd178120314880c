package be.mmmbelgium.site.outage;

import java.sql.Connection;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * Once a request finds the database away, requests stop trying it, except one each
 * second, and the first that reaches it ends the outage.
 */
class DatabaseOutageUnitTest {

	final DataSource dataSource = mock(DataSource.class);

	/** The time the outage reads, moved by the test. */
	final AtomicLong nanos = new AtomicLong();

	final DatabaseOutage outage = new DatabaseOutage(this.dataSource, this.nanos::get);

	@Test
	void withoutAnOutageEveryRequestGoesToTheDatabaseUntried() {
		assertThat(this.outage.isOngoing()).isFalse();
		assertThat(this.outage.mayTry()).isTrue();
		verifyNoInteractions(this.dataSource);
	}

	@Test
	void duringAnOutageOneRequestASecondTriesAndTheFirstToReachTheDatabaseEndsIt() throws Exception {
		given(this.dataSource.getConnection()).willThrow(new SQLTransientConnectionException("away"));
		this.outage.seen();

		assertThat(this.outage.isOngoing()).isTrue();
		assertThat(this.outage.mayTry()).as("within a second of the failure").isFalse();
		verifyNoInteractions(this.dataSource);

		this.nanos.addAndGet(DatabaseOutage.RETRY.toNanos());
		assertThat(this.outage.mayTry()).as("the database is still away").isFalse();
		assertThat(this.outage.mayTry()).as("tried just now").isFalse();
		verify(this.dataSource, times(1)).getConnection();

		Connection connection = mock(Connection.class);
		given(connection.isValid(1)).willReturn(true);
		willReturn(connection).given(this.dataSource).getConnection();
		this.nanos.addAndGet(DatabaseOutage.RETRY.toNanos() - 1);
		assertThat(this.outage.mayTry()).as("not yet a second since the last try").isFalse();
		verify(this.dataSource, times(1)).getConnection();
		this.nanos.incrementAndGet();
		assertThat(this.outage.mayTry()).as("the database is back").isTrue();
		assertThat(this.outage.isOngoing()).isFalse();
		verify(connection).close();
	}

}
