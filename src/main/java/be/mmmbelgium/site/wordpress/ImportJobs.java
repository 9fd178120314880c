package be.mmmbelgium.site.wordpress;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.annotation.PreDestroy;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import be.mmmbelgium.site.audit.AuditLog;

/**
 * The imports started from the back-office: the files sent kept in a folder of their own
 * until the import has run, the dry run's report, and the import itself, run one at a
 * time in the background so that the admin sees it move. This instance keeps them: the
 * admin follows an import on the instance that runs it.
 */
@Service
class ImportJobs {

	private static final Logger logger = LoggerFactory.getLogger(ImportJobs.class);

	/** How many imports are remembered, the oldest forgotten first. */
	private static final int KEPT = 20;

	/** A copy of the uploads, however it is packed, may not unpack to more than this. */
	static final long MAXIMUM_UNPACKED_BYTES = 4L * 1024 * 1024 * 1024;

	static final int MAXIMUM_ENTRIES = 100_000;

	private final WordPressImport importer;

	private final ExecutorService runner = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "wordpress-import");
		thread.setDaemon(true);
		return thread;
	});

	private final Map<UUID, ImportJob> jobs = new LinkedHashMap<>();

	ImportJobs(WordPressImport importer) {
		this.importer = importer;
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
		Path folder;
		try {
			folder = Files.createTempDirectory("wordpress-import-");
			Files.copy(export, folder.resolve("export.xml"), StandardCopyOption.REPLACE_EXISTING);
			String source = uploadsAddress;
			if (uploads != null) {
				unzip(uploads, Files.createDirectories(folder.resolve("uploads")));
				source = folder.resolve("uploads").toString();
			}
			ImportOptions options = new ImportOptions(defaults.defaultLanguage(), source, defaults.ignoredCategories());
			ImportJob job = new ImportJob(id, folder, options);
			try {
				job.planned(this.importer.dryRun(folder.resolve("export.xml"), options, who));
			}
			catch (WxrException | UncheckedIOException ex) {
				delete(folder);
				throw ex;
			}
			remember(job);
			return job;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Optional<ImportJob> get(UUID id) {
		synchronized (this.jobs) {
			return Optional.ofNullable(this.jobs.get(id));
		}
	}

	/** Starts the import of a job whose dry run was seen, once. */
	void start(ImportJob job, AuditLog.Actor who) {
		if (!job.queue()) {
			return;
		}
		this.runner.execute(() -> {
			try {
				job.finished(this.importer.run(job.export(), job.options(), who, job::at));
			}
			catch (RuntimeException ex) {
				logger.error("WordPress import {} failed", job.id(), ex);
				job.failed(String.valueOf(ex.getMessage()));
			}
			finally {
				delete(job.folder());
			}
		});
	}

	private void remember(ImportJob job) {
		synchronized (this.jobs) {
			this.jobs.put(job.id(), job);
			while (this.jobs.size() > KEPT) {
				UUID oldest = this.jobs.keySet().iterator().next();
				ImportJob forgotten = this.jobs.remove(oldest);
				if (forgotten != null && !forgotten.isRunning()) {
					delete(forgotten.folder());
				}
			}
		}
	}

	/**
	 * Unpacks a copy of the uploads, refusing entries that would leave the folder and an
	 * archive that unpacks to more than it should.
	 */
	static void unzip(InputStream archive, Path folder) throws IOException {
		long written = 0;
		int entries = 0;
		try (ZipInputStream zip = new ZipInputStream(archive)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (++entries > MAXIMUM_ENTRIES) {
					throw new WxrException(Note.of("import.export.archiveFiles", MAXIMUM_ENTRIES),
							"The uploads archive holds more than " + MAXIMUM_ENTRIES + " files.");
				}
				String name = entry.getName().replace('\\', '/');
				int uploads = name.indexOf("uploads/");
				String relative = (uploads >= 0) ? name.substring(uploads + "uploads/".length()) : name;
				Path target = folder.resolve(relative).normalize();
				if (!target.startsWith(folder) || relative.isEmpty()) {
					continue;
				}
				if (entry.isDirectory()) {
					Files.createDirectories(target);
					continue;
				}
				Files.createDirectories(target.getParent());
				byte[] buffer = new byte[64 * 1024];
				try (var out = Files.newOutputStream(target)) {
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

	private static void delete(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			files.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			logger.warn("Could not delete {}: {}", folder, ex.getMessage());
		}
	}

	@PreDestroy
	void stop() {
		this.runner.shutdownNow();
	}

}
