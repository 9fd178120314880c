package be.mmmbelgium.site.archive;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import be.mmmbelgium.site.account.Accounts;
import be.mmmbelgium.site.audit.AuditLog;

/**
 * The site archive from the command line, for a server or a script:
 * {@code java -jar mmm-belgium-site.jar --mmm.archive.export=site.zip} writes the archive
 * of the configured site, {@code --mmm.archive.import=site.zip} imports one into it,
 * which must be empty, then prints a link for each admin without a password to choose one
 * (the imported accounts come without). The process ends with status 0 when it was done,
 * 1 otherwise.
 */
@Component
@ConditionalOnExpression("'${mmm.archive.export:}' != '' or '${mmm.archive.import:}' != ''")
class ArchiveCommand implements ApplicationRunner, ExitCodeGenerator {

	static final String EXPORT = "mmm.archive.export";

	static final String IMPORT = "mmm.archive.import";

	private final SiteExport export;

	private final SiteImport importer;

	private final Accounts accounts;

	private final Environment environment;

	private final MessageSource messages;

	private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

	private int exitCode = 1;

	ArchiveCommand(SiteExport export, SiteImport importer, Accounts accounts, Environment environment,
			MessageSource messages) {
		this.export = export;
		this.importer = importer;
		this.accounts = accounts;
		this.environment = environment;
		this.messages = messages;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		String exportTo = this.environment.getProperty(EXPORT, "");
		String importFrom = this.environment.getProperty(IMPORT, "");
		if (!exportTo.isBlank() && !importFrom.isBlank()) {
			this.out.println("Either export or import, not both at once");
			return;
		}
		this.exitCode = exportTo.isBlank() ? importFrom(Path.of(importFrom)) : exportTo(Path.of(exportTo));
	}

	private int exportTo(Path file) throws IOException {
		// Written beside it, then moved: an interrupted export leaves no half archive
		// under the name.
		Path partial = file.resolveSibling(file.getFileName() + ".partial");
		ArchiveManifest written;
		try (OutputStream out = Files.newOutputStream(partial)) {
			written = this.export.writeTo(out);
		}
		Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
		this.out.printf("Exported %d rows of %d tables and %d files to %s (%d MB)%n",
				written.rows().values().stream().mapToLong(Long::longValue).sum(), written.rows().size(),
				written.files(), file.toAbsolutePath(), Files.size(file) >> 20);
		return 0;
	}

	private int importFrom(Path file) {
		if (!Files.isRegularFile(file)) {
			this.out.println("No archive at " + file.toAbsolutePath());
			return 1;
		}
		try {
			ImportedSite imported = this.importer.importFrom(file, AuditLog.Actor.NOBODY);
			this.out.println("Imported from " + imported.site() + ": " + imported.summary());
			Map<String, String> links = this.accounts.passwordLinksForAdminsWithoutPassword(AuditLog.Actor.NOBODY);
			if (!links.isEmpty()) {
				this.out.println("The imported admins have no password yet. Each chooses one within 72 hours at:");
				links.forEach((email, link) -> this.out.println("    " + email + "  " + link));
			}
			return 0;
		}
		catch (ArchiveRefusedException ex) {
			this.out.println("The archive was not imported: "
					+ this.messages.getMessage(ex.messageKey(), ex.arguments(), Locale.ENGLISH));
			return 1;
		}
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
