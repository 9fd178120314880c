package be.mmmbelgium.site.archive;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

import be.mmmbelgium.site.system.ArchivedTable;

/**
 * The tables of the site as an archive sees them: which ones the features declared, in
 * which order they can be filled (each after the tables its foreign keys point to), which
 * columns point to their own table, and which have an identity column. Read from the
 * database's own description of its schema, so that a new migration needs no change here.
 */
@Component
class ArchiveSchema {

	/** Flyway's own table: the new site has its own history. */
	private static final String MIGRATIONS = "flyway_schema_history";

	private final Map<String, ArchivedTable> declared;

	private final DataSource dataSource;

	ArchiveSchema(List<ArchivedTable> tables, DataSource dataSource) {
		this.declared = tables.stream()
			.collect(Collectors.toMap(ArchivedTable::name, Function.identity(), (one, other) -> {
				throw new IllegalStateException("The table " + one.name() + " is declared twice for the archive");
			}, TreeMap::new));
		this.dataSource = dataSource;
	}

	/**
	 * How one archived table is filled.
	 *
	 * @param table its declaration
	 * @param selfReferences its columns that point to its own rows
	 * @param identity its column whose values the database draws, if any
	 * @param generated its columns the database computes from the others (such as
	 * PostgreSQL's search vectors), neither archived nor imported
	 */
	record Shape(ArchivedTable table, Set<String> selfReferences, @Nullable String identity, Set<String> generated) {

		String name() {
			return this.table.name();
		}

	}

	/**
	 * The archived tables, each after those it points to.
	 * @throws IllegalStateException when a table of the database was declared by no
	 * feature, or an archived table points to one left out: the archive would not be
	 * whole
	 */
	List<Shape> archivedInOrder() {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			DatabaseMetaData metadata = connection.getMetaData();
			String schema = connection.getSchema();
			Set<String> tables = tables(metadata, schema);
			Set<String> undeclared = new TreeSet<>(tables);
			undeclared.removeAll(this.declared.keySet());
			if (!undeclared.isEmpty()) {
				throw new IllegalStateException("No feature says whether the site archive holds " + undeclared
						+ ": declare each as an ArchivedTable bean, archived or left out");
			}
			Map<String, Set<String>> references = new TreeMap<>();
			Map<String, Set<String>> selfReferences = new TreeMap<>();
			for (ArchivedTable table : this.declared.values()) {
				if (!table.isArchived() || !tables.contains(table.name())) {
					continue;
				}
				Set<String> pointsTo = new TreeSet<>();
				Set<String> self = new LinkedHashSet<>();
				try (ResultSet keys = metadata.getImportedKeys(null, schema, table.name())) {
					while (keys.next()) {
						String target = keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
						if (target.equals(table.name())) {
							self.add(keys.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT));
						}
						else if (this.declared.get(target) == null || !this.declared.get(target).isArchived()) {
							throw new IllegalStateException("The archived table " + table.name()
									+ " points to the table " + target + ", which the archive leaves out");
						}
						else {
							pointsTo.add(target);
						}
					}
				}
				if (!table.accountColumns().isEmpty()) {
					// Ids of accounts, with or without a foreign key: the accounts come
					// first.
					this.declared.values()
						.stream()
						.filter(ArchivedTable::holdsAccounts)
						.forEach((accounts) -> pointsTo.add(accounts.name()));
				}
				references.put(table.name(), pointsTo);
				selfReferences.put(table.name(), self);
			}
			List<Shape> ordered = new ArrayList<>();
			Set<String> placed = new LinkedHashSet<>();
			while (placed.size() < references.size()) {
				String next = references.entrySet()
					.stream()
					.filter((entry) -> !placed.contains(entry.getKey()) && placed.containsAll(entry.getValue()))
					.map(Map.Entry::getKey)
					.findFirst()
					.orElseThrow(() -> new IllegalStateException(
							"The foreign keys of the archived tables go round in a circle: " + references));
				placed.add(next);
				ordered.add(new Shape(Objects.requireNonNull(this.declared.get(next)),
						selfReferences.getOrDefault(next, Set.of()), identity(metadata, schema, next),
						generated(metadata, schema, next)));
			}
			return ordered;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The database did not describe its tables: " + ex.getMessage(), ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	/** The declaration of a table, whether or not it is archived. */
	@Nullable ArchivedTable declared(String name) {
		return this.declared.get(name);
	}

	private static Set<String> tables(DatabaseMetaData metadata, String schema) throws SQLException {
		Set<String> tables = new TreeSet<>();
		try (ResultSet each = metadata.getTables(null, schema, "%", new String[] { "TABLE" })) {
			while (each.next()) {
				tables.add(each.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
			}
		}
		tables.remove(MIGRATIONS);
		return tables;
	}

	private static Set<String> generated(DatabaseMetaData metadata, String schema, String table) throws SQLException {
		Set<String> generated = new TreeSet<>();
		try (ResultSet columns = metadata.getColumns(null, schema, table, "%")) {
			while (columns.next()) {
				if ("YES".equalsIgnoreCase(columns.getString("IS_GENERATEDCOLUMN"))) {
					generated.add(columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
				}
			}
		}
		return generated;
	}

	/** The column whose values the database draws, if the table has one. */
	private static @Nullable String identity(DatabaseMetaData metadata, String schema, String table)
			throws SQLException {
		try (ResultSet columns = metadata.getColumns(null, schema, table, "%")) {
			while (columns.next()) {
				if ("YES".equalsIgnoreCase(columns.getString("IS_AUTOINCREMENT"))) {
					return columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
				}
			}
		}
		return null;
	}

}
