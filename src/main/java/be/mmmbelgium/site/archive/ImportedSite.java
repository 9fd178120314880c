package be.mmmbelgium.site.archive;

import java.time.Instant;
import java.util.Map;

/**
 * What an import brought into the site.
 *
 * @param site the address of the site the archive was written from
 * @param exportedAt when the archive was written
 * @param rows the rows imported, by table
 * @param files the media files stored
 * @param accountsCreated the accounts made, each without a password until its owner
 * chooses one through a link
 * @param accountsMatched the archive's accounts that the site already had (by e-mail),
 * kept as they were
 */
record ImportedSite(String site, Instant exportedAt, Map<String, Long> rows, long files, int accountsCreated,
		int accountsMatched) {

	long totalRows() {
		return this.rows.values().stream().mapToLong(Long::longValue).sum();
	}

	/** One line for the audit log and the command's output. */
	String summary() {
		return "%d rows in %d tables, %d files, exported %s; accounts created without a password: %d, already here: %d"
			.formatted(totalRows(), this.rows.size(), this.files, this.exportedAt, this.accountsCreated,
					this.accountsMatched);
	}

}
