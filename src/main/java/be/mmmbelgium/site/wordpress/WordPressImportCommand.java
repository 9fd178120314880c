package be.mmmbelgium.site.wordpress;

import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import be.mmmbelgium.site.audit.AuditLog;
import be.mmmbelgium.site.web.Language;

/**
 * The import from the command line, for a server or a script:
 * {@code java -jar mmm-belgium-site.jar --mmm.import.wordpress=export.xml}, with
 * {@code --mmm.import.uploads=DIR_OR_URL} and {@code --mmm.import.default-language=fr}.
 * It imports into the configured database, prints the report, and the process ends with
 * status 0 when everything was imported, 1 when something was refused, 2 when the export
 * could not be read.
 */
@Component
@ConditionalOnProperty(WordPressImportCommand.EXPORT)
class WordPressImportCommand implements ApplicationRunner, ExitCodeGenerator {

	static final String EXPORT = "mmm.import.wordpress";

	private final WordPressImport importer;

	private final Environment environment;

	private final PrintStream out;

	private int exitCode = 2;

	private final MessageSource messages;

	WordPressImportCommand(WordPressImport importer, Environment environment, MessageSource messages) {
		this.importer = importer;
		this.environment = environment;
		this.messages = messages;
		this.out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
	}

	@Override
	public void run(ApplicationArguments args) {
		Path export = Path.of(this.environment.getRequiredProperty(EXPORT));
		if (!Files.isRegularFile(export)) {
			this.out.println("No export at " + export.toAbsolutePath());
			return;
		}
		String code = this.environment.getProperty("mmm.import.default-language", Language.DEFAULT.code());
		Language language = Language.fromCode(code.toLowerCase(Locale.ROOT))
			.orElseThrow(() -> new IllegalArgumentException("The site does not serve the language " + code));
		Set<String> ignored = this.environment.containsProperty("mmm.import.ignored-categories")
				? ImportOptions.slugs(this.environment.getProperty("mmm.import.ignored-categories", ""))
				: ImportOptions.DEFAULT_IGNORED;
		ImportOptions options = new ImportOptions(language, this.environment.getProperty("mmm.import.uploads"),
				ignored);
		try {
			long start = System.nanoTime();
			boolean dryRun = this.environment.getProperty("mmm.import.dry-run", Boolean.class, false);
			ImportReport report = dryRun ? this.importer.dryRun(export, options, AuditLog.Actor.NOBODY)
					: this.importer.run(export, options, AuditLog.Actor.NOBODY, new Percent());
			this.out.println();
			report.printed(this.messages, Locale.ENGLISH).forEach(this.out::println);
			this.out.println(resources(System.nanoTime() - start));
			this.exitCode = report.isComplete() ? 0 : 1;
		}
		catch (WxrException ex) {
			this.out.println("The export was not imported: " + ex.getMessage());
			this.exitCode = 2;
		}
	}

	/**
	 * What the import took: its time, the most its old generation held, and the garbage
	 * collector's work.
	 */
	private static String resources(long nanoseconds) {
		long old = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP && pool.getName().matches(".*(Old|Tenured).*"))
			.mapToLong((pool) -> pool.getPeakUsage().getUsed())
			.sum();
		long collections = 0;
		long collecting = 0;
		for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			collections += Math.max(0, collector.getCollectionCount());
			collecting += Math.max(0, collector.getCollectionTime());
		}
		return String.format(Locale.ROOT,
				"Took %.1f s; heap of %d MB, its old generation at most %d MB; %d collections, %.1f s in all",
				nanoseconds / 1e9, Runtime.getRuntime().maxMemory() >> 20, old >> 20, collections, collecting / 1e3);
	}

	/** Tells how far the import is, each time a hundredth more is done. */
	private final class Percent implements ImportProgress {

		private int told = -1;

		@Override
		public void at(int done, int total) {
			int percent = (total == 0) ? 100 : done * 100 / total;
			if (percent != this.told) {
				this.told = percent;
				WordPressImportCommand.this.out.printf("\rImporting: %d of %d (%d %%)", done, total, percent);
			}
		}

	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
