package be.mmmbelgium.site.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

import be.mmmbelgium.site.admin.AdminPages;
import be.mmmbelgium.site.system.SiteTime;
import be.mmmbelgium.site.web.PageNumber;
import be.mmmbelgium.site.web.Pagination;

/**
 * The audit log for admins: newest first, filtered by person, kind and dates.
 */
@Controller
@AdminPages
class AuditController {

	static final String PATH = "/admin/audit";

	static final String VIEW = "admin/audit/list";

	static final int PAGE_SIZE = 50;

	private final AuditLog audit;

	AuditController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping(PATH)
	ModelAndView list(@RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String until, @RequestParam(defaultValue = "1") PageNumber page) {
		String actorFilter = actor == null || actor.isBlank() ? null : actor.strip().toLowerCase(Locale.ROOT);
		AuditKind kindFilter = parseKind(kind);
		LocalDate fromDate = parseDate(from);
		LocalDate untilDate = parseDate(until);
		Instant start = fromDate == null ? Instant.EPOCH : fromDate.atStartOfDay(SiteTime.ZONE).toInstant();
		Instant end = untilDate == null ? Instant.parse("9999-12-31T00:00:00Z")
				: untilDate.plusDays(1).atStartOfDay(SiteTime.ZONE).toInstant();
		Page<AuditEvent> events = Pagination
			.requireExisting(this.audit.search(actorFilter, kindFilter, start, end, page.toPageable(PAGE_SIZE)));
		String basePath = UriComponentsBuilder.fromPath(PATH)
			.queryParamIfPresent("actor", Optional.ofNullable(actorFilter))
			.queryParamIfPresent("kind", Optional.ofNullable(kindFilter))
			.queryParamIfPresent("from", Optional.ofNullable(fromDate))
			.queryParamIfPresent("until", Optional.ofNullable(untilDate))
			.encode()
			.toUriString();
		return new ModelAndView(VIEW).addObject("events", events.getContent())
			.addObject("pagination", Pagination.of(events, basePath))
			.addObject("kinds", AuditKind.values())
			.addObject("actor", actorFilter == null ? "" : actorFilter)
			.addObject("kind", kindFilter)
			.addObject("from", fromDate == null ? "" : fromDate.toString())
			.addObject("until", untilDate == null ? "" : untilDate.toString());
	}

	private static @Nullable AuditKind parseKind(@Nullable String kind) {
		if (kind == null || kind.isBlank()) {
			return null;
		}
		try {
			return AuditKind.valueOf(kind);
		}
		catch (IllegalArgumentException unknown) {
			return null;
		}
	}

	private static @Nullable LocalDate parseDate(@Nullable String date) {
		if (date == null || date.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(date.strip());
		}
		catch (DateTimeParseException malformed) {
			return null;
		}
	}

}
