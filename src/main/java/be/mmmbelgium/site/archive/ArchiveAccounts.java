package be.mmmbelgium.site.archive;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import be.mmmbelgium.site.audit.AuditLog;
import be.mmmbelgium.site.system.ArchivedTable;

/**
 * Who exports or imports, for the audit log and for the account an import keeps: found by
 * the name they signed in with in the table of accounts.
 */
@Component
class ArchiveAccounts {

	private final JdbcClient jdbc;

	private final String query;

	ArchiveAccounts(JdbcClient jdbc, List<ArchivedTable> tables) {
		this.jdbc = jdbc;
		ArchivedTable accounts = tables.stream()
			.filter(ArchivedTable::holdsAccounts)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No feature declared the table of accounts"));
		this.query = "select id from " + accounts.name() + " where " + accounts.accountKey() + " = ?";
	}

	AuditLog.Actor actor(String name) {
		Long id = this.jdbc.sql(this.query).param(name).query(Long.class).optional().orElse(null);
		return new AuditLog.Actor(id, name);
	}

}
