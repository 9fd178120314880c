package be.mmmbelgium.site.content;

import java.sql.Connection;
import java.sql.Savepoint;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.springframework.stereotype.Component;

/**
 * Tries a change out and undoes it: to see what an item would become, with every check a
 * save passes, without changing it. Runs in the caller's transaction, behind a savepoint
 * that is rolled back, and forgets every entity it loaded or changed; what the caller
 * loaded before is detached too, so a trial comes first in a transaction.
 */
@Component
class Trials {

	private final EntityManager entities;

	Trials(EntityManager entities) {
		this.entities = entities;
	}

	/** What {@code change} gives, with whatever it wrote to the database undone. */
	<R> R undone(Supplier<R> change) {
		Session session = this.entities.unwrap(Session.class);
		session.flush();
		Savepoint savepoint = session.doReturningWork(Connection::setSavepoint);
		try {
			return change.get();
		}
		finally {
			session.doWork((connection) -> {
				connection.rollback(savepoint);
				connection.releaseSavepoint(savepoint);
			});
			session.clear();
		}
	}

}
