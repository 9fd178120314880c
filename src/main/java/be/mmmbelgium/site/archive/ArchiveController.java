package be.mmmbelgium.site.archive;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.mmmbelgium.site.account.AccountPrincipal;
import be.mmmbelgium.site.admin.AdminPages;
import be.mmmbelgium.site.system.SiteTime;

/**
 * Admins export the whole site into one archive, and import such an archive into a site
 * that has no content yet (a new server, a copy for tests).
 */
@Controller
@AdminPages
class ArchiveController {

	static final String PATH = "/admin/archive";

	static final String VIEW = "admin/archive";

	private final SiteExport export;

	private final SiteImport importer;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ArchiveController(SiteExport export, SiteImport importer, ApplicationEventPublisher events, Clock clock) {
		this.export = export;
		this.importer = importer;
		this.events = events;
		this.clock = clock;
	}

	@GetMapping(PATH)
	String page(Model model) {
		return view(model);
	}

	/** The page; on a site with content, it says why an import is not offered. */
	private String view(Model model) {
		this.importer.whyNotEmpty().ifPresent((refusal) -> {
			model.addAttribute("notEmpty", refusal.noteKey());
			model.addAttribute("notEmptyArguments", refusal.arguments());
		});
		return VIEW;
	}

	/** The archive, as a download named for the site and the day. */
	@PostMapping(PATH + "/export")
	void export(@AuthenticationPrincipal AccountPrincipal me, HttpServletResponse response) throws IOException {
		String name = "mmm-belgium-" + LocalDate.now(this.clock.withZone(SiteTime.ZONE)) + ".zip";
		response.setContentType("application/zip");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(name).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		ArchiveManifest written;
		try (OutputStream out = response.getOutputStream()) {
			written = this.export.writeTo(out);
		}
		this.events.publishEvent(new SiteExported(me.actor(), name, "%d rows, %d files"
			.formatted(written.rows().values().stream().mapToLong(Long::longValue).sum(), written.files())));
	}

	@PostMapping(PATH + "/import")
	String importArchive(@RequestParam(name = "archive", required = false) @Nullable MultipartFile archive,
			@AuthenticationPrincipal AccountPrincipal me, Model model, RedirectAttributes redirect) {
		if (archive == null || archive.isEmpty()) {
			model.addAttribute("refusal", "archive.refused.missing");
			return view(model);
		}
		Path file = null;
		try {
			file = Files.createTempFile("mmm-archive-", ".zip");
			archive.transferTo(file);
			ImportedSite imported = this.importer.importFrom(file, me.actor());
			// Plain values: flash attributes travel in the session, kept in the database.
			redirect.addFlashAttribute("importedFrom", imported.site());
			redirect.addFlashAttribute("importedExportedAt", imported.exportedAt());
			redirect.addFlashAttribute("importedRows", imported.totalRows());
			redirect.addFlashAttribute("importedFiles", imported.files());
			redirect.addFlashAttribute("accountsCreated", imported.accountsCreated());
			redirect.addFlashAttribute("accountsMatched", imported.accountsMatched());
			return "redirect:" + PATH;
		}
		catch (ArchiveRefusedException ex) {
			model.addAttribute("refusal", ex.messageKey());
			model.addAttribute("refusalArguments", ex.arguments());
			return view(model);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			deleteQuietly(file);
		}
	}

	private static void deleteQuietly(@Nullable Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				// A temporary file: the system's clean-up takes it.
			}
		}
	}

}
