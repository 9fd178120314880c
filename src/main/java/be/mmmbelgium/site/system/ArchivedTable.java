package be.mmmbelgium.site.system;

import java.util.LinkedHashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A table of the site and what the site archive does with it, declared as a bean by the
 * feature that owns the table, as features declare the tables public pages read. Every
 * table of the schema is declared once: archived, or left out with the reason, so that a
 * new table cannot be forgotten by the export without a test saying so.
 *
 * @param name the table
 * @param withheld columns never written to an archive (secrets such as a password's
 * hash); an import leaves them to their default
 * @param accountColumns columns holding the id of an account, which an import changes to
 * the id the account has in the new site
 * @param accountKey for the table of accounts: the column that names an account in every
 * site (its e-mail), by which an archived account is matched to one the new site already
 * has; {@code null} for any other table
 * @param replacedOnImport whether rows the new site already holds are deleted by an
 * import rather than making the site count as not empty: rows the migrations put there,
 * or settings the archive's replace
 * @param leftOutBecause why the table is not archived, or {@code null} when it is
 */
public record ArchivedTable(String name, Set<String> withheld, Set<String> accountColumns, @Nullable String accountKey,
		boolean replacedOnImport, @Nullable String leftOutBecause) {

	/** A table archived whole. */
	public static ArchivedTable of(String name) {
		return new ArchivedTable(name, Set.of(), Set.of(), null, false, null);
	}

	/**
	 * The table of accounts, whose {@code key} column names an account in every site.
	 */
	public static ArchivedTable accounts(String name, String key) {
		return new ArchivedTable(name, Set.of(), Set.of(), key, false, null);
	}

	/**
	 * A table left out of archives, such as sessions or one-time links, with the reason.
	 */
	public static ArchivedTable leftOut(String name, String because) {
		return new ArchivedTable(name, Set.of(), Set.of(), null, false, because);
	}

	/** The same table, without these columns in archives. */
	public ArchivedTable withholding(String... columns) {
		return new ArchivedTable(this.name, union(this.withheld, columns), this.accountColumns, this.accountKey,
				this.replacedOnImport, this.leftOutBecause);
	}

	/**
	 * The same table, without these columns in archives, since the database computes them
	 * from the others (PostgreSQL's search vectors): an import lets it compute them
	 * again, and an archive of one database fits the other.
	 */
	public ArchivedTable computedByTheDatabase(String... columns) {
		return withholding(columns);
	}

	/** The same table, these columns holding ids of accounts. */
	public ArchivedTable referencingAccounts(String... columns) {
		return new ArchivedTable(this.name, this.withheld, union(this.accountColumns, columns), this.accountKey,
				this.replacedOnImport, this.leftOutBecause);
	}

	/** The same table, its rows in the new site replaced by the archive's. */
	public ArchivedTable withRowsReplacedOnImport() {
		return new ArchivedTable(this.name, this.withheld, this.accountColumns, this.accountKey, true,
				this.leftOutBecause);
	}

	/** Whether archives hold this table. */
	public boolean isArchived() {
		return this.leftOutBecause == null;
	}

	/** Whether this is the table of accounts. */
	public boolean holdsAccounts() {
		return this.accountKey != null;
	}

	private static Set<String> union(Set<String> set, String... more) {
		Set<String> union = new LinkedHashSet<>(set);
		union.addAll(Set.of(more));
		return Set.copyOf(union);
	}

}
