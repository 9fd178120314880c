package be.mmmbelgium.site.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSetMetaData;
import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StreamUtils;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import be.mmmbelgium.site.system.ArchivedFiles;
import be.mmmbelgium.site.system.SiteProperties;

/**
 * Writes the whole site into one ZIP archive, as a stream: the manifest, each archived
 * table as JSON lines (one row a line, its withheld columns left out), then every media
 * file under its key. The tables are read in one read-only transaction that sees them as
 * they were at its start (repeatable read), so the archive is consistent while the site
 * goes on being used.
 */
@Component
class SiteExport {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** Rows fetched from the database at a time, so that a large table is streamed. */
	private static final int FETCH_SIZE = 200;

	private final ArchiveSchema schema;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate snapshot;

	private final ArchivedFiles files;

	private final SiteProperties site;

	private final Clock clock;

	SiteExport(ArchiveSchema schema, DataSource dataSource, PlatformTransactionManager transactions,
			ArchivedFiles files, SiteProperties site, Clock clock) {
		this.schema = schema;
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(FETCH_SIZE);
		this.snapshot = new TransactionTemplate(transactions);
		this.snapshot.setReadOnly(true);
		this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		this.files = files;
		this.site = site;
		this.clock = clock;
	}

	/**
	 * Writes the archive; the stream is left open for its owner to close.
	 * @return what the archive holds
	 */
	ArchiveManifest writeTo(OutputStream out) throws IOException {
		// Closed here, which frees its compressor at once; the stream under it stays
		// open.
		try (ZipOutputStream zip = new ZipOutputStream(StreamUtils.nonClosing(out), StandardCharsets.UTF_8)) {
			List<ArchiveSchema.Shape> tables = this.schema.archivedInOrder();
			Map<String, Long> rows = new LinkedHashMap<>();
			try {
				// The tables first, in memory of nothing but one row at a time; the
				// manifest,
				// which counts them, is written after them, and read first by an import.
				this.snapshot.executeWithoutResult((status) -> tables.forEach((table) -> {
					try {
						rows.put(table.name(), writeTable(table, zip));
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				}));
			}
			catch (UncheckedIOException ex) {
				throw ex.getCause();
			}
			long files = writeFiles(zip);
			ArchiveManifest manifest = new ArchiveManifest(ArchiveManifest.FORMAT, schemaVersion(this.jdbc),
					Instant.now(this.clock).toString(), this.site.baseUrl().toString(), rows, files);
			zip.putNextEntry(new ZipEntry(ArchiveManifest.ENTRY));
			zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
			zip.closeEntry();
			zip.finish();
			return manifest;
		}
	}

	private long writeTable(ArchiveSchema.Shape table, ZipOutputStream zip) throws IOException {
		zip.putNextEntry(new ZipEntry(ArchiveManifest.tableEntry(table.name())));
		long[] count = { 0 };
		// Ordered by the first column (the id, or the key), so that two exports of the
		// same
		// site are the same.
		this.jdbc.query("select * from " + table.name() + " order by 1", (result) -> {
			ResultSetMetaData columns = result.getMetaData();
			ObjectNode row = JSON.createObjectNode();
			for (int column = 1; column <= columns.getColumnCount(); column++) {
				String name = columns.getColumnName(column).toLowerCase(Locale.ROOT);
				if (!table.table().withheld().contains(name) && !table.generated().contains(name)) {
					ColumnValues.put(row, name, result, column, columns.getColumnType(column));
				}
			}
			try {
				zip.write(JSON.writeValueAsBytes(row));
				zip.write('\n');
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			count[0]++;
		});
		zip.closeEntry();
		return count[0];
	}

	private long writeFiles(ZipOutputStream zip) throws IOException {
		long written = 0;
		try (Stream<String> keys = this.files.keys().sorted()) {
			Iterator<String> each = keys.iterator();
			while (each.hasNext()) {
				String key = each.next();
				Optional<InputStream> content = this.files.open(key);
				if (content.isEmpty()) {
					// Deleted since it was listed: the rows read before may still name
					// it, as the site did a moment ago.
					continue;
				}
				try (InputStream in = content.get()) {
					zip.putNextEntry(new ZipEntry(ArchiveManifest.MEDIA + key));
					in.transferTo(zip);
					zip.closeEntry();
				}
				written++;
			}
		}
		return written;
	}

	/** The version of the last migration the database has, which names its schema. */
	static String schemaVersion(JdbcTemplate jdbc) {
		List<String> versions = jdbc.queryForList("select version from flyway_schema_history"
				+ " where success = true and version is not null order by installed_rank desc", String.class);
		if (versions.isEmpty()) {
			throw new IllegalStateException("The database has no migration history");
		}
		return versions.get(0);
	}

}
