package be.mmmbelgium.site.audit;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import be.mmmbelgium.site.test.FixedClock;
import be.mmmbelgium.site.test.PostgresTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit log records a domain event once the change that published it has committed,
 * with the address of the request that made it, and never a change that rolled back. Not
 * in a test transaction, since the commit is what is tested: each test removes the
 * entries it made.
 */
@SpringBootTest
@AutoConfigureMockMvc
@PostgresTest
@Import(FixedClock.class)
class AuditedEventsIntegrationTest {

	private final String target = "audited-events-test " + UUID.randomUUID();

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void forgetTheEntriesAndTheRequest() {
		RequestContextHolder.resetRequestAttributes();
		this.jdbc.sql("delete from audit_event where target = ?").param(this.target).update();
	}

	@Test
	void aChangeIsRecordedOnceCommittedWithTheAddressOfItsRequest() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/admin/settings");
		request.setRemoteAddr("203.0.113.7");
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			this.events.publishEvent(new Done(this.target));
			assertThat(entries()).as("recorded before the change is committed").isEmpty();
		});

		assertThat(entries()).containsExactly("SETTING_CHANGED from 203.0.113.7");
	}

	@Test
	void aChangeThatRollsBackIsNeverRecorded() {
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			this.events.publishEvent(new Done(this.target));
			status.setRollbackOnly();
		});

		assertThat(entries()).isEmpty();
	}

	@Test
	void whatHappensOutsideATransactionIsRecordedAtOnce() {
		// As at the first start: no request (the test framework gives each test a mock
		// one).
		RequestContextHolder.resetRequestAttributes();

		this.events.publishEvent(new Done(this.target));

		assertThat(entries()).containsExactly("SETTING_CHANGED from nowhere");
	}

	/** The entries of this test, as what they record and where from. */
	private List<String> entries() {
		return this.jdbc.sql("select kind, client_address from audit_event where target = ?")
			.param(this.target)
			.query((row, number) -> row.getString(1) + " from "
					+ ((row.getString(2) != null) ? row.getString(2) : "nowhere"))
			.list();
	}

	/** A change any module could make. */
	@AuditedAs(AuditKind.SETTING_CHANGED)
	private record Done(String target) implements Audited {

		@Override
		public AuditLog.Actor actor() {
			return AuditLog.Actor.NOBODY;
		}

	}

}
