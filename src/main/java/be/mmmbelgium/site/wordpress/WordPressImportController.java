package be.mmmbelgium.site.wordpress;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.TreeSet;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import be.mmmbelgium.site.account.AccountPrincipal;
import be.mmmbelgium.site.admin.AdminPages;
import be.mmmbelgium.site.web.ContentNotFoundException;
import be.mmmbelgium.site.web.Language;

/**
 * Admins bring the old WordPress site over: they send its export (and, if they have it, a
 * copy of its uploads), see what the import would do, then import and follow it.
 */
@Controller
@AdminPages
class WordPressImportController {

	static final String PATH = "/admin/import";

	static final String FORM_VIEW = "admin/import/form";

	static final String JOB_VIEW = "admin/import/job";

	private final ImportJobs jobs;

	WordPressImportController(ImportJobs jobs) {
		this.jobs = jobs;
	}

	@GetMapping(PATH)
	String form(Model model) {
		model.addAttribute("importLanguages", Language.values());
		model.addAttribute("defaultLanguage", Language.DEFAULT.code());
		model.addAttribute("ignoredCategories", String.join(", ", new TreeSet<>(ImportOptions.DEFAULT_IGNORED)));
		return FORM_VIEW;
	}

	@PostMapping(PATH)
	String plan(@RequestParam(name = "export", required = false) @Nullable MultipartFile export,
			@RequestParam(name = "uploads", required = false) @Nullable MultipartFile uploads,
			@RequestParam(name = "uploadsAddress", defaultValue = "") String uploadsAddress,
			@RequestParam(name = "language", defaultValue = "fr") String code,
			@RequestParam(name = "ignoredCategories", defaultValue = "") String ignoredCategories,
			@AuthenticationPrincipal AccountPrincipal me, Model model) {
		Language language = Language.fromCode(code.toLowerCase(Locale.ROOT)).orElse(Language.DEFAULT);
		model.addAttribute("importLanguages", Language.values());
		model.addAttribute("defaultLanguage", language.code());
		model.addAttribute("uploadsAddress", uploadsAddress);
		model.addAttribute("ignoredCategories", ignoredCategories);
		if (export == null || export.isEmpty()) {
			model.addAttribute("refusal", "import.export.missing");
			return FORM_VIEW;
		}
		String address = uploadsAddress.strip();
		if (!address.isEmpty() && !address.matches("(?i)https?://[^\\s]+")) {
			model.addAttribute("refusal", "import.uploadsAddress.invalid");
			return FORM_VIEW;
		}
		try (InputStream exportStream = export.getInputStream();
				InputStream uploadsStream = (uploads == null || uploads.isEmpty()) ? null : uploads.getInputStream()) {
			ImportJob job = this.jobs.prepare(exportStream, uploadsStream, address.isEmpty() ? null : address,
					new ImportOptions(language, null, ImportOptions.slugs(ignoredCategories)), me.actor());
			return "redirect:" + PATH + "/" + job.getId();
		}
		catch (WxrException ex) {
			model.addAttribute("refusal", "import.export.unreadable");
			model.addAttribute("reason", ex.reason());
			return FORM_VIEW;
		}
		catch (IOException | UncheckedIOException ex) {
			model.addAttribute("refusal", "import.export.unreadable");
			model.addAttribute("reason", Note.of("import.export.notRead"));
			return FORM_VIEW;
		}
	}

	@GetMapping(PATH + "/{id}")
	String job(@PathVariable String id, Model model) {
		model.addAttribute("job", find(id));
		model.addAttribute("outcomes", Arrays.asList(ImportReport.Outcome.values()));
		return JOB_VIEW;
	}

	@PostMapping(PATH + "/{id}")
	String run(@PathVariable String id, @AuthenticationPrincipal AccountPrincipal me) {
		this.jobs.start(find(id).id(), me.actor());
		return "redirect:" + PATH + "/" + id;
	}

	private ImportJob find(String id) {
		try {
			return this.jobs.get(UUID.fromString(id)).orElseThrow(() -> new ContentNotFoundException("Import"));
		}
		catch (IllegalArgumentException notAnId) {
			throw new ContentNotFoundException("Import");
		}
	}

}
