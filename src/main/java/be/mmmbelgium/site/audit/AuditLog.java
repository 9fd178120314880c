package be.mmmbelgium.site.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import be.mmmbelgium.site.web.ClientAddress;

/**
 * Writes and reads the audit log.
 */
@Service
public class AuditLog {

	private static final Logger logger = LoggerFactory.getLogger(AuditLog.class);

	private final AuditEventRepository events;

	private final Clock clock;

	private final TransactionTemplate ownTransaction;

	private final MeterRegistry metrics;

	AuditLog(AuditEventRepository events, Clock clock, PlatformTransactionManager transactions, MeterRegistry metrics) {
		this.metrics = metrics;
		this.events = events;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Records an event in a transaction of its own, with the address of the request being
	 * handled. Domain events reach it through {@link AuditedEvents} once their change is
	 * committed; the few callers that write directly record a failure that must stay
	 * recorded although what it describes is refused and rolled back, as a sign-in with a
	 * wrong password is.
	 * @param kind what happened
	 * @param actor who did it, when known
	 * @param target what it was done to, such as an account's e-mail
	 * @param detail anything else worth keeping, such as the new role
	 */
	public void record(AuditKind kind, @Nullable Actor actor, @Nullable String target, @Nullable String detail) {
		Actor who = (actor != null) ? actor : Actor.NOBODY;
		String clientAddress = ClientAddress.current();
		// mmm_audit_events_total{kind="sign_in_failed"}, {kind="media_uploaded"}…
		this.metrics.counter("mmm.audit.events", "kind", kind.name().toLowerCase(Locale.ROOT)).increment();
		try {
			this.ownTransaction
				.executeWithoutResult((status) -> this.events.save(new AuditEvent(Instant.now(this.clock), kind,
						who.accountId(), who.email(), target, detail, clientAddress)));
		}
		catch (DataAccessException | TransactionException ex) {
			// What is being recorded must still be handled, a refused sign-in above all.
			logger.error("Audit event {} for {} could not be written: {}", kind, who.email(), ex.getMessage());
		}
	}

	/**
	 * The entries matching the filter, newest first. A null filter value matches
	 * everything.
	 */
	@Transactional(readOnly = true)
	public Page<AuditEvent> search(@Nullable String actorEmail, @Nullable AuditKind kind, Instant from, Instant until,
			Pageable pageable) {
		return this.events.search(actorEmail, kind, from, until, pageable);
	}

	/** What someone did lately, newest first. */
	@Transactional(readOnly = true)
	public List<AuditEvent> activityOf(String actorEmail, Pageable pageable) {
		return this.events.search(actorEmail, null, Instant.EPOCH, Instant.now(this.clock).plusSeconds(1), pageable)
			.getContent();
	}

	/**
	 * Who did something.
	 *
	 * @param accountId the account, when there is one
	 * @param email the e-mail the actor gave or signed in with
	 */
	public record Actor(@Nullable Long accountId, @Nullable String email) {

		public static final Actor NOBODY = new Actor(null, null);

	}

}
