package be.mmmbelgium.site.archive;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import be.mmmbelgium.site.audit.AuditLog;
import be.mmmbelgium.site.caching.ContentVersion;
import be.mmmbelgium.site.system.ArchivedFiles;

/**
 * Brings an archive written by {@link SiteExport} into a site that has no content yet:
 * every row with the id it had (so that every address, every link between items and every
 * revision stays as it was), the media files under their keys, and the accounts matched
 * by e-mail to those the site already has, the others created without password or second
 * factor. All of it in one transaction; the files stored before a failure are removed
 * again, so a refused archive leaves the site as it was.
 */
@Component
class SiteImport {

	/** Rows sent to the database at a time. */
	private static final int BATCH = 500;

	private final ArchiveSchema schema;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final ArchivedFiles files;

	private final ApplicationEventPublisher events;

	private final ContentVersion version;

	SiteImport(ArchiveSchema schema, JdbcTemplate jdbc, PlatformTransactionManager transactions, ArchivedFiles files,
			ApplicationEventPublisher events, ContentVersion version) {
		this.schema = schema;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.files = files;
		this.events = events;
		this.version = version;
	}

	/**
	 * Imports the archive in this file.
	 * @param importer who imports it, as the audit log names them (their account, like
	 * every account of the site, stands for the archive's account of the same e-mail)
	 * @throws ArchiveRefusedException when the file is not an archive of this release of
	 * the site, or the site is not empty; nothing is imported then
	 */
	ImportedSite importFrom(Path archive, AuditLog.Actor importer) {
		try (ZipFile zip = new ZipFile(archive.toFile(), StandardCharsets.UTF_8)) {
			ArchiveManifest manifest = manifest(zip);
			String schemaHere = SiteExport.schemaVersion(this.jdbc);
			if (!manifest.schema().equals(schemaHere)) {
				throw new ArchiveRefusedException("schema", manifest.schema(), schemaHere);
			}
			List<ArchiveSchema.Shape> tables = this.schema.archivedInOrder();
			requireEmpty(tables);
			List<String> stored = new ArrayList<>();
			try {
				ImportedSite imported = this.transaction.execute((status) -> {
					Map<String, Long> rows = new LinkedHashMap<>();
					List<ArchiveSchema.Shape> backwards = new ArrayList<>(tables);
					Collections.reverse(backwards);
					backwards.stream()
						.filter((table) -> table.table().replacedOnImport())
						.forEach((table) -> this.jdbc.update("delete from " + table.name()));
					Map<Long, Long> accounts = new HashMap<>();
					int[] matched = { 0 };
					for (ArchiveSchema.Shape table : tables) {
						rows.put(table.name(), fill(zip, table, accounts, matched));
					}
					long files = storeFiles(zip, stored);
					// Last, as on the embedded database a change of the schema ends the
					// transaction: the ids the site draws next come after the imported
					// ones.
					tables.stream()
						.filter((table) -> table.identity() != null && !table.table().holdsAccounts())
						.forEach(this::restartIdentity);
					return new ImportedSite(manifest.site(), Instant.parse(manifest.exportedAt()), rows, files,
							accounts.size() - matched[0], matched[0]);
				});
				this.version.changedWithoutJpa();
				this.events.publishEvent(new SiteImported(importer, manifest.site(), imported.summary()));
				return imported;
			}
			catch (DataAccessException ex) {
				// An archive whose rows the database refuses (one made by hand, or
				// damaged).
				removeStored(stored);
				throw new ArchiveRefusedException("rejected", String.valueOf(ex.getMostSpecificCause().getMessage()));
			}
			catch (UncheckedIOException ex) {
				removeStored(stored);
				if (ex.getCause() instanceof ZipException) {
					throw new ArchiveRefusedException("unreadable");
				}
				// The media storage failed (a disk full, a bucket away): said, not a 500.
				throw new ArchiveRefusedException("storage", String.valueOf(ex.getMessage()));
			}
			catch (RuntimeException ex) {
				removeStored(stored);
				throw ex;
			}
		}
		catch (ZipException ex) {
			throw new ArchiveRefusedException("unreadable");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static ArchiveManifest manifest(ZipFile zip) throws IOException {
		ZipEntry entry = zip.getEntry(ArchiveManifest.ENTRY);
		if (entry == null) {
			throw new ArchiveRefusedException("notAnArchive");
		}
		ArchiveManifest manifest;
		try (InputStream in = zip.getInputStream(entry)) {
			manifest = SiteExport.JSON.readValue(in, ArchiveManifest.class);
		}
		catch (JacksonException ex) {
			throw new ArchiveRefusedException("notAnArchive");
		}
		if (manifest.format() != ArchiveManifest.FORMAT) {
			throw new ArchiveRefusedException("format", manifest.format());
		}
		if (manifest.schema() == null || manifest.site() == null || manifest.exportedAt() == null) {
			throw new ArchiveRefusedException("notAnArchive");
		}
		try {
			Instant.parse(manifest.exportedAt());
		}
		catch (DateTimeParseException ex) {
			throw new ArchiveRefusedException("notAnArchive");
		}
		return manifest;
	}

	/**
	 * Why this site takes no archive, if it has content already: the table holding some,
	 * and how many rows.
	 */
	Optional<ArchiveRefusedException> whyNotEmpty() {
		return whyNotEmpty(this.schema.archivedInOrder());
	}

	private Optional<ArchiveRefusedException> whyNotEmpty(List<ArchiveSchema.Shape> tables) {
		for (ArchiveSchema.Shape table : tables) {
			if (table.table().holdsAccounts() || table.table().replacedOnImport()) {
				continue;
			}
			Long count = this.jdbc.queryForObject("select count(*) from " + table.name(), Long.class);
			if (count != null && count > 0) {
				return Optional.of(new ArchiveRefusedException("notEmpty", table.name(), count));
			}
		}
		// Media files too: an import that fails removes the files it stored, which must
		// then be its own.
		try (Stream<String> keys = this.files.keys()) {
			Optional<String> file = keys.findAny();
			if (file.isPresent()) {
				return Optional.of(new ArchiveRefusedException("notEmptyMedia", file.get()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Optional.empty();
	}

	/** Refuses a site that has content. */
	private void requireEmpty(List<ArchiveSchema.Shape> tables) {
		Optional<ArchiveRefusedException> refused = whyNotEmpty(tables);
		if (refused.isPresent()) {
			throw refused.get();
		}
	}

	/** Fills one table from its entry; returns the number of rows. */
	private long fill(ZipFile zip, ArchiveSchema.Shape table, Map<Long, Long> accounts, int[] matched) {
		ZipEntry entry = zip.getEntry(ArchiveManifest.tableEntry(table.name()));
		if (entry == null) {
			throw new ArchiveRefusedException("tableMissing", table.name());
		}
		return this.jdbc.execute((ConnectionCallback<Long>) (connection) -> {
			Map<String, Column> columns = columns(connection, table.name());
			try (BufferedReader lines = new BufferedReader(
					new InputStreamReader(zip.getInputStream(entry), StandardCharsets.UTF_8))) {
				TableFill fill = new TableFill(connection, table, columns, accounts);
				long count = 0;
				for (String line = lines.readLine(); line != null; line = lines.readLine()) {
					if (line.isBlank()) {
						continue;
					}
					ObjectNode row = row(table, line);
					if (table.table().holdsAccounts()) {
						matched[0] += fill.account(row) ? 1 : 0;
					}
					else {
						fill.add(row);
					}
					count++;
				}
				fill.finish();
				return count;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	private static ObjectNode row(ArchiveSchema.Shape table, String line) {
		try {
			if (SiteExport.JSON.readTree(line) instanceof ObjectNode row) {
				return row;
			}
		}
		catch (JacksonException ex) {
			// Refused below.
		}
		throw new ArchiveRefusedException("badRow", table.name());
	}

	/** A column of the site's table: its SQL type, and the database's name of it. */
	record Column(int type, String typeName) {
	}

	private static Map<String, Column> columns(Connection connection, String table) throws SQLException {
		Map<String, Column> columns = new HashMap<>();
		try (Statement statement = connection.createStatement();
				ResultSet none = statement.executeQuery("select * from " + table + " where 1 = 0")) {
			ResultSetMetaData metadata = none.getMetaData();
			for (int column = 1; column <= metadata.getColumnCount(); column++) {
				columns.put(metadata.getColumnName(column).toLowerCase(Locale.ROOT),
						new Column(metadata.getColumnType(column), metadata.getColumnTypeName(column)));
			}
		}
		return columns;
	}

	/**
	 * The rows of one table on their way in, sent in batches: columns pointing to
	 * accounts changed to the accounts' ids here, columns pointing to the same table set
	 * once every row is in.
	 */
	private static final class TableFill {

		private final Connection connection;

		private final ArchiveSchema.Shape table;

		private final Map<String, Column> columns;

		private final Map<Long, Long> accounts;

		private @Nullable List<String> names;

		private @Nullable PreparedStatement insert;

		private int pending;

		/** For each column pointing to this table: the row's id, and its value. */
		private final Map<String, Map<Long, JsonNode>> later = new LinkedHashMap<>();

		TableFill(Connection connection, ArchiveSchema.Shape table, Map<String, Column> columns,
				Map<Long, Long> accounts) {
			this.connection = connection;
			this.table = table;
			this.columns = columns;
			this.accounts = accounts;
		}

		void add(ObjectNode row) throws SQLException {
			List<String> names = names(row);
			if (this.insert == null) {
				this.insert = this.connection.prepareStatement(insertOf(names));
			}
			bind(this.insert, names, row);
			this.insert.addBatch();
			if (++this.pending == BATCH) {
				this.insert.executeBatch();
				this.pending = 0;
			}
		}

		/**
		 * Adds an account unless the site has one with the same key, and remembers its id
		 * here; true when it was matched.
		 */
		boolean account(ObjectNode row) throws SQLException {
			String key = Objects.requireNonNull(this.table.table().accountKey());
			String identity = this.table.identity();
			if (identity == null || !row.path(identity).isIntegralNumber() || !row.path(key).isString()) {
				throw new ArchiveRefusedException("badRow", this.table.name());
			}
			long archivedId = row.get(identity).asLong();
			try (PreparedStatement find = this.connection
				.prepareStatement("select " + identity + " from " + this.table.name() + " where " + key + " = ?")) {
				find.setString(1, row.get(key).asString());
				try (ResultSet found = find.executeQuery()) {
					if (found.next()) {
						this.accounts.put(archivedId, found.getLong(1));
						return true;
					}
				}
			}
			List<String> names = new ArrayList<>(names(row));
			names.remove(identity);
			try (PreparedStatement insert = this.connection.prepareStatement(insertOf(names),
					new String[] { identity })) {
				bind(insert, names, row);
				insert.executeUpdate();
				try (ResultSet keys = insert.getGeneratedKeys()) {
					if (!keys.next()) {
						throw new IllegalStateException("The database gave no id to a new account");
					}
					this.accounts.put(archivedId, keys.getLong(1));
				}
			}
			return false;
		}

		void finish() throws SQLException {
			if (this.insert != null) {
				if (this.pending > 0) {
					this.insert.executeBatch();
				}
				this.insert.close();
			}
			String identity = this.table.identity();
			for (Map.Entry<String, Map<Long, JsonNode>> column : this.later.entrySet()) {
				if (identity == null) {
					throw new IllegalStateException("The table " + this.table.name() + " points to itself without id");
				}
				try (PreparedStatement update = this.connection.prepareStatement("update " + this.table.name() + " set "
						+ column.getKey() + " = ? where " + identity + " = ?")) {
					Column type = Objects.requireNonNull(this.columns.get(column.getKey()));
					for (Map.Entry<Long, JsonNode> value : column.getValue().entrySet()) {
						ColumnValues.bind(update, 1, value.getValue(), type.type(), type.typeName());
						update.setLong(2, value.getKey());
						update.addBatch();
					}
					update.executeBatch();
				}
			}
		}

		/** The row's columns, the same for every row and all known to the site. */
		private List<String> names(ObjectNode row) {
			List<String> names = new ArrayList<>(row.propertyNames());
			if (this.names == null) {
				for (String name : names) {
					if (!this.columns.containsKey(name) || this.table.table().withheld().contains(name)
							|| this.table.generated().contains(name)) {
						throw new ArchiveRefusedException("unknownColumn", this.table.name(), name);
					}
				}
				this.names = List.copyOf(names);
			}
			else if (!names.equals(this.names)) {
				throw new ArchiveRefusedException("badRow", this.table.name());
			}
			return this.names;
		}

		private String insertOf(List<String> names) {
			return "insert into " + this.table.name() + " (" + String.join(", ", names) + ") values ("
					+ String.join(", ", Collections.nCopies(names.size(), "?")) + ")";
		}

		private void bind(PreparedStatement statement, List<String> names, ObjectNode row) throws SQLException {
			String identity = this.table.identity();
			for (int i = 0; i < names.size(); i++) {
				String name = names.get(i);
				JsonNode value = row.get(name);
				Column column = Objects.requireNonNull(this.columns.get(name));
				if (this.table.table().accountColumns().contains(name) && value.isIntegralNumber()) {
					Long account = this.accounts.get(value.asLong());
					value = (account != null) ? SiteExport.JSON.getNodeFactory().numberNode(account)
							: SiteExport.JSON.getNodeFactory().nullNode();
				}
				if (this.table.selfReferences().contains(name) && !value.isNull()) {
					if (identity == null || !row.path(identity).isIntegralNumber()) {
						throw new ArchiveRefusedException("badRow", this.table.name());
					}
					this.later.computeIfAbsent(name, (any) -> new LinkedHashMap<>())
						.put(row.get(identity).asLong(), value);
					value = SiteExport.JSON.getNodeFactory().nullNode();
				}
				try {
					ColumnValues.bind(statement, i + 1, value, column.type(), column.typeName());
				}
				catch (IllegalArgumentException | DateTimeParseException ex) {
					throw new ArchiveRefusedException("badValue", this.table.name(), name);
				}
			}
		}

	}

	private long storeFiles(ZipFile zip, List<String> stored) {
		long count = 0;
		Enumeration<? extends ZipEntry> entries = zip.entries();
		while (entries.hasMoreElements()) {
			ZipEntry entry = entries.nextElement();
			if (entry.isDirectory() || !entry.getName().startsWith(ArchiveManifest.MEDIA)) {
				continue;
			}
			String key = entry.getName().substring(ArchiveManifest.MEDIA.length());
			if (!this.files.accepts(key)) {
				throw new ArchiveRefusedException("badFile", key);
			}
			try (InputStream in = zip.getInputStream(entry)) {
				stored.add(key);
				this.files.store(key, in);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			count++;
		}
		return count;
	}

	private void restartIdentity(ArchiveSchema.Shape table) {
		Long next = this.jdbc
			.queryForObject("select coalesce(max(" + table.identity() + "), 0) + 1 from " + table.name(), Long.class);
		this.jdbc.execute("alter table " + table.name() + " alter column " + table.identity() + " restart with "
				+ ((next != null) ? next : 1));
	}

	private void removeStored(List<String> stored) {
		for (String key : stored) {
			try {
				this.files.delete(key);
			}
			catch (IOException | RuntimeException ex) {
				// The row that would name it was rolled back: an unused file, nothing
				// worse.
			}
		}
	}

}
