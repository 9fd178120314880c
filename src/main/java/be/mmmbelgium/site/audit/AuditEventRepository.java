package be.mmmbelgium.site.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Adds and reads audit entries; there is deliberately no way to change or delete one.
 */
interface AuditEventRepository extends Repository<AuditEvent, Long> {

	AuditEvent save(AuditEvent event);

	@Query(value = "select e from AuditEvent e where (:actor is null or e.actorEmail = :actor or e.target = :actor)"
			+ " and (:kind is null or e.kind = :kind) and e.occurredAt >= :from and e.occurredAt < :until"
			+ " order by e.occurredAt desc, e.id desc",
			countQuery = "select count(e) from AuditEvent e where (:actor is null or e.actorEmail = :actor or e.target = :actor)"
					+ " and (:kind is null or e.kind = :kind) and e.occurredAt >= :from and e.occurredAt < :until")
	Page<AuditEvent> search(@Param("actor") @Nullable String actor, @Param("kind") @Nullable AuditKind kind,
			@Param("from") Instant from, @Param("until") Instant until, Pageable pageable);

	long count();

}
