package be.mmmbelgium.site.wordpress;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.annotation.PreDestroy;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

import be.mmmbelgium.site.audit.AuditLog;
import be.mmmbelgium.site.media.MediaStorage;
import be.mmmbelgium.site.web.Language;

/**
 * The imports started from the back-office: the files sent, kept in the media storage
 * every instance shares until the import has run; the dry run's report; and the import
 * itself, run in the background by the instance asked to start it, its progress and its
 * report written to the database. An admin's requests may reach any instance: each shows
 * the same import, and only one runs it.
 */
@Service
class ImportJobs {

	private static final Logger logger = LoggerFactory.getLogger(ImportJobs.class);

	/** How many imports are remembered, the oldest forgotten first. */
	private static final int KEPT = 20;

	/** A copy of the uploads, however it is packed, may not unpack to more than this. */
	static final long MAXIMUM_UNPACKED_BYTES = 4L * 1024 * 1024 * 1024;

	static final int MAXIMUM_ENTRIES = 100_000;

	/**
	 * How often the instance running an import says so, and how long after it last did
	 * the others take the import for interrupted.
	 */
	static final Duration HEARTBEAT = Duration.ofSeconds(15);

	static final Duration INTERRUPTED_AFTER = HEARTBEAT.multipliedBy(8);

	/** Progress is written at most this often: an import may bring thousands of items. */
	private static final Duration PROGRESS_EVERY = Duration.ofMillis(500);

	/** How long a dry run waits to be imported, its files kept. */
	static final Duration PLANS_KEPT = Duration.ofDays(2);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final WordPressImport importer;

	private final JdbcClient jdbc;

	private final MediaStorage storage;

	/**
	 * The time of the machine, not the site's clock (which tests may stop): the other
	 * instances compare these times with their own to tell an import that stopped.
	 */
	private final Clock clock = Clock.systemUTC();

	private final ExecutorService runner = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "wordpress-import");
		thread.setDaemon(true);
		return thread;
	});

	private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "wordpress-import-heartbeat");
		thread.setDaemon(true);
		return thread;
	});

	/** Every this many beats (ten minutes), old imports are cleaned up. */
	private static final int CLEAN_UP_EVERY_BEATS = 40;

	private final AtomicLong beats = new AtomicLong();

	/** The imports this instance runs now. */
	private final Set<UUID> running = ConcurrentHashMap.newKeySet();

	ImportJobs(WordPressImport importer, JdbcClient jdbc, MediaStorage storage) {
		this.importer = importer;
		this.jdbc = jdbc;
		this.storage = storage;
		long seconds = HEARTBEAT.toSeconds();
		this.heartbeat.scheduleAtFixedRate(this::beat, seconds, seconds, TimeUnit.SECONDS);
	}

	/**
	 * How an import was asked for, as kept with it.
	 *
	 * @param language the default language's code
	 * @param uploadsAddress where a copy of the uploads is served, or null
	 * @param uploadsArchive whether a zip of the uploads was sent
	 * @param ignoredCategories the categories that become no subject
	 */
	record Asked(String language, @Nullable String uploadsAddress, boolean uploadsArchive,
			List<String> ignoredCategories) {

		ImportOptions options(@Nullable String uploads) {
			return new ImportOptions(Language.fromCode(this.language).orElse(Language.DEFAULT), uploads,
					new TreeSet<>(this.ignoredCategories));
		}

	}

	/**
	 * Keeps the files sent and runs the dry run.
	 * @param export the export file as sent
	 * @param uploads a zip of {@code wp-content/uploads}, or null
	 * @param uploadsAddress where a copy of the uploads is served, or null
	 * @param who the admin who prepares it
	 * @throws WxrException when the export cannot be read or the archive is refused
	 */
	ImportJob prepare(InputStream export, @Nullable InputStream uploads, @Nullable String uploadsAddress,
			ImportOptions defaults, AuditLog.Actor who) {
		UUID id = UUID.randomUUID();
		Path folder = null;
		try {
			folder = Files.createTempDirectory("wordpress-import-");
			Path exportFile = folder.resolve("export.xml");
			Files.copy(export, exportFile);
			Path archive = null;
			if (uploads != null) {
				archive = folder.resolve("uploads.zip");
				Files.copy(uploads, archive);
				try (InputStream in = Files.newInputStream(archive)) {
					unzip(in, null);
				}
			}
			Asked asked = new Asked(defaults.defaultLanguage().code(), uploadsAddress, archive != null,
					List.copyOf(new TreeSet<>(defaults.ignoredCategories())));
			ImportReport plan = this.importer.dryRun(exportFile, asked.options(uploadsAddress), who);
			try {
				store(key(id, "export.xml"), exportFile);
				if (archive != null) {
					store(key(id, "uploads.zip"), archive);
				}
				insertPlanned(id, asked, plan);
			}
			catch (IOException | RuntimeException ex) {
				forget(id);
				throw ex;
			}
			forgetOld();
			return new ImportJob(id, ImportJob.State.PLANNED, plan, null, null, 0, 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			delete(folder);
		}
	}

	private void insertPlanned(UUID id, Asked asked, ImportReport plan) {
		Instant now = Instant.now(this.clock);
		this.jdbc
			.sql("insert into wordpress_import_job (id, state, options, plan, done, total, created_at, updated_at)"
					+ " values (:id, :state, :options, :plan, 0, 0, :now, :now)")
			.param("id", id)
			.param("state", ImportJob.State.PLANNED.name())
			.param("options", JSON.writeValueAsString(asked))
			.param("plan", JSON.writeValueAsString(plan))
			.param("now", Timestamp.from(now))
			.update();
	}

	Optional<ImportJob> get(UUID id) {
		Instant interruptedBefore = Instant.now(this.clock).minus(INTERRUPTED_AFTER);
		return this.jdbc.sql(
				"select state, plan, report, failure, done, total, updated_at from wordpress_import_job where id = :id")
			.param("id", id)
			.query((row, number) -> {
				ImportJob.State state = ImportJob.State.valueOf(row.getString("state"));
				boolean underway = state == ImportJob.State.QUEUED || state == ImportJob.State.RUNNING;
				if (underway && row.getTimestamp("updated_at").toInstant().isBefore(interruptedBefore)) {
					state = ImportJob.State.INTERRUPTED;
				}
				String report = row.getString("report");
				return new ImportJob(id, state, JSON.readValue(row.getString("plan"), ImportReport.class),
						(report != null) ? JSON.readValue(report, ImportReport.class) : null, row.getString("failure"),
						row.getInt("done"), row.getInt("total"));
			})
			.optional();
	}

	/**
	 * Starts the import of a job whose dry run was seen, once, whichever instance is
	 * asked and however many times.
	 */
	void start(UUID id, AuditLog.Actor who) {
		int queued = this.jdbc.sql(
				"update wordpress_import_job set state = :queued, updated_at = :now where id = :id and state = :planned")
			.param("queued", ImportJob.State.QUEUED.name())
			.param("planned", ImportJob.State.PLANNED.name())
			.param("now", Timestamp.from(Instant.now(this.clock)))
			.param("id", id)
			.update();
		if (queued == 1) {
			this.running.add(id);
			this.runner.execute(() -> run(id, who));
		}
	}

	private void run(UUID id, AuditLog.Actor who) {
		Path folder = null;
		try {
			Asked asked = JSON.readValue(this.jdbc.sql("select options from wordpress_import_job where id = :id")
				.param("id", id)
				.query(String.class)
				.single(), Asked.class);
			folder = Files.createTempDirectory("wordpress-import-");
			Path export = fetch(key(id, "export.xml"), folder.resolve("export.xml"));
			String uploads = asked.uploadsAddress();
			if (asked.uploadsArchive()) {
				Path unpacked = Files.createDirectories(folder.resolve("uploads"));
				try (InputStream in = Files
					.newInputStream(fetch(key(id, "uploads.zip"), folder.resolve("uploads.zip")))) {
					unzip(in, unpacked);
				}
				uploads = unpacked.toString();
			}
			ImportReport report = this.importer.run(export, asked.options(uploads), who, new Progress(id));
			this.jdbc.sql(
					"update wordpress_import_job set state = :state, report = :report, updated_at = :now where id = :id")
				.param("state", ImportJob.State.DONE.name())
				.param("report", JSON.writeValueAsString(report))
				.param("now", Timestamp.from(Instant.now(this.clock)))
				.param("id", id)
				.update();
		}
		catch (RuntimeException | IOException ex) {
			logger.error("WordPress import {} failed", id, ex);
			failed(id, String.valueOf(ex.getMessage()));
		}
		finally {
			this.running.remove(id);
			delete(folder);
			forget(id);
		}
	}

	private void failed(UUID id, String reason) {
		try {
			this.jdbc
				.sql("update wordpress_import_job set state = :state, failure = :failure, updated_at = :now"
						+ " where id = :id")
				.param("state", ImportJob.State.FAILED.name())
				.param("failure", (reason.length() > 2000) ? reason.substring(0, 2000) : reason)
				.param("now", Timestamp.from(Instant.now(this.clock)))
				.param("id", id)
				.update();
		}
		catch (RuntimeException ex) {
			// The database away: the import shows as interrupted once the heartbeat
			// stops.
			logger.warn("Could not record that WordPress import {} failed: {}", id, ex.getMessage());
		}
	}

	/**
	 * Writes how far an import is, at most every {@link #PROGRESS_EVERY}, and at its end.
	 */
	private final class Progress implements ImportProgress {

		private final UUID id;

		private long writtenAt = System.nanoTime() - PROGRESS_EVERY.toNanos();

		Progress(UUID id) {
			this.id = id;
		}

		@Override
		public void at(int done, int total) {
			long now = System.nanoTime();
			if (done < total && now - this.writtenAt < PROGRESS_EVERY.toNanos()) {
				return;
			}
			this.writtenAt = now;
			ImportJobs.this.jdbc
				.sql("update wordpress_import_job set state = :state, done = :done, total = :total, updated_at = :now"
						+ " where id = :id")
				.param("state", ImportJob.State.RUNNING.name())
				.param("done", done)
				.param("total", total)
				.param("now", Timestamp.from(Instant.now(ImportJobs.this.clock)))
				.param("id", this.id)
				.update();
		}

	}

	/**
	 * Tells the other instances that the imports this one runs are alive, even while one
	 * item takes long (a large file fetched from the old site).
	 */
	private void beat() {
		if (this.beats.incrementAndGet() % CLEAN_UP_EVERY_BEATS == 0) {
			try {
				forgetOld();
			}
			catch (RuntimeException ex) {
				logger.warn("Could not clean up old WordPress imports: {}", ex.getMessage());
			}
		}
		for (UUID id : this.running) {
			try {
				this.jdbc.sql("update wordpress_import_job set updated_at = :now where id = :id")
					.param("now", Timestamp.from(Instant.now(this.clock)))
					.param("id", id)
					.update();
			}
			catch (RuntimeException ex) {
				logger.warn("WordPress import {}: could not say it is running: {}", id, ex.getMessage());
			}
		}
	}

	/**
	 * Says which imports were interrupted (their instance stopped) and removes their
	 * files; forgets the oldest imports beyond {@link #KEPT}, and the dry runs nobody
	 * imported within {@link #PLANS_KEPT}, with their files.
	 */
	void forgetOld() {
		Instant now = Instant.now(this.clock);
		List<String> underway = List.of(ImportJob.State.QUEUED.name(), ImportJob.State.RUNNING.name());
		Timestamp interruptedBefore = Timestamp.from(now.minus(INTERRUPTED_AFTER));
		List<UUID> stopped = this.jdbc
			.sql("select id from wordpress_import_job where state in (:underway) and updated_at < :before")
			.param("underway", underway)
			.param("before", interruptedBefore)
			.query(UUID.class)
			.list();
		for (UUID id : stopped) {
			int interrupted = this.jdbc
				.sql("update wordpress_import_job set state = :interrupted where id = :id and state in (:underway)"
						+ " and updated_at < :before")
				.param("interrupted", ImportJob.State.INTERRUPTED.name())
				.param("id", id)
				.param("underway", underway)
				.param("before", interruptedBefore)
				.update();
			if (interrupted == 1) {
				forget(id);
			}
		}
		List<UUID> old = this.jdbc
			.sql("select id from wordpress_import_job where state not in (:underway) order by created_at desc")
			.param("underway", underway)
			.query(UUID.class)
			.list();
		Set<UUID> forgotten = new LinkedHashSet<>(old.subList(Math.min(KEPT, old.size()), old.size()));
		forgotten
			.addAll(this.jdbc.sql("select id from wordpress_import_job where state = :planned and created_at < :before")
				.param("planned", ImportJob.State.PLANNED.name())
				.param("before", Timestamp.from(now.minus(PLANS_KEPT)))
				.query(UUID.class)
				.list());
		for (UUID id : forgotten) {
			forget(id);
			this.jdbc.sql("delete from wordpress_import_job where id = :id").param("id", id).update();
		}
	}

	/** Deletes an import's files: it has run, or it is forgotten. */
	private void forget(UUID id) {
		for (String name : List.of("export.xml", "uploads.zip")) {
			try {
				this.storage.delete(key(id, name));
			}
			catch (IOException | RuntimeException ex) {
				logger.warn("Could not delete the file {} of WordPress import {}: {}", name, id, ex.getMessage());
			}
		}
	}

	private static String key(UUID id, String name) {
		return MediaStorage.TRANSIENT + "wordpress-imports/" + id + "/" + name;
	}

	private void store(String key, Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			this.storage.store(key, in);
		}
	}

	private Path fetch(String key, Path file) throws IOException {
		Resource stored = this.storage.load(key)
			.orElseThrow(() -> new IOException("The file sent for the import is gone from the media storage: " + key));
		try (InputStream in = stored.getInputStream(); OutputStream out = Files.newOutputStream(file)) {
			in.transferTo(out);
		}
		return file;
	}

	/**
	 * Unpacks a copy of the uploads, refusing entries that would leave the folder and an
	 * archive that unpacks to more than it should; with no folder, only checks it.
	 */
	static void unzip(InputStream archive, @Nullable Path folder) throws IOException {
		long written = 0;
		int entries = 0;
		byte[] buffer = new byte[64 * 1024];
		try (ZipInputStream zip = new ZipInputStream(archive)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (++entries > MAXIMUM_ENTRIES) {
					throw new WxrException(Note.of("import.export.archiveFiles", MAXIMUM_ENTRIES),
							"The uploads archive holds more than " + MAXIMUM_ENTRIES + " files.");
				}
				String name = entry.getName().replace('\\', '/');
				int uploads = name.indexOf("uploads/");
				String relative = (uploads >= 0) ? name.substring(uploads + "uploads/".length()) : name;
				Path target = (folder != null) ? folder.resolve(relative).normalize() : null;
				if (relative.isEmpty() || (target != null && !target.startsWith(folder))) {
					continue;
				}
				if (entry.isDirectory()) {
					if (target != null) {
						Files.createDirectories(target);
					}
					continue;
				}
				if (target != null) {
					Files.createDirectories(target.getParent());
				}
				try (OutputStream out = (target != null) ? Files.newOutputStream(target)
						: OutputStream.nullOutputStream()) {
					for (int read = zip.read(buffer); read > 0; read = zip.read(buffer)) {
						written += read;
						if (written > MAXIMUM_UNPACKED_BYTES) {
							throw new WxrException(Note.of("import.export.archiveSize", MAXIMUM_UNPACKED_BYTES >> 30),
									"The uploads archive unpacks to more than "
											+ MAXIMUM_UNPACKED_BYTES / (1024 * 1024 * 1024) + " GB.");
						}
						out.write(buffer, 0, read);
					}
				}
			}
		}
	}

	private static void delete(@Nullable Path folder) {
		if (folder == null) {
			return;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			files.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			logger.warn("Could not delete {}: {}", folder, ex.getMessage());
		}
	}

	@PreDestroy
	void stop() {
		this.heartbeat.shutdownNow();
		this.runner.shutdownNow();
	}

}
