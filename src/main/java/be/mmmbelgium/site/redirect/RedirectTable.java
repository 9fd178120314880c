package be.mmmbelgium.site.redirect;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.mmmbelgium.site.audit.AuditLog;
import be.mmmbelgium.site.redirect.RedirectRefusedException.Refusal;
import be.mmmbelgium.site.seo.SitemapEntry;
import be.mmmbelgium.site.seo.SitemapSource;
import be.mmmbelgium.site.system.LikePattern;
import be.mmmbelgium.site.web.ContentNotFoundException;

/**
 * The redirect table as admins edit it: every change checked, so that a redirect leaves
 * from an address the site does not answer, leads to one of its pages, and can never
 * loop; and told as a {@link RedirectEvent}, which the audit log records.
 */
@Service
class RedirectTable {

	/** An address as typed: one path, no space, query, fragment or backslash. */
	private static final Pattern OLD_PATH = Pattern.compile("/[^\\s\\p{Cntrl}?#\\\\]*");

	/**
	 * A path of this site, in the characters a path may hold, escapes included; not
	 * {@code //host}.
	 */
	static final Pattern TARGET = Pattern.compile("/(?!/)(?:[A-Za-z0-9\\-._~!$&'()*+,;=:@/]|%[0-9A-Fa-f]{2})*");

	/**
	 * What the site answers besides its content, which the sitemaps list: the root, the
	 * error page, robots.txt, the sitemaps, static files and media.
	 */
	private static final Pattern SITE_ADDRESSES = Pattern
		.compile("/|/error|/robots\\.txt|/sitemap(-[a-z]{2}-\\d+)?\\.xml|/(css|img|js|media)(/.*)?");

	private final RedirectRepository redirects;

	private final Collection<SitemapSource> visibleAddresses;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RedirectTable(RedirectRepository redirects, Collection<SitemapSource> visibleAddresses,
			ApplicationEventPublisher events, Clock clock) {
		this.redirects = redirects;
		this.visibleAddresses = visibleAddresses;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The redirects whose old path or target contains {@code search}, when given, by old
	 * path.
	 */
	@Transactional(readOnly = true)
	Page<Redirect> list(@Nullable String search, Pageable pageable) {
		return this.redirects.search(LikePattern.containing(search), pageable);
	}

	@Transactional(readOnly = true)
	Redirect get(long id) {
		return this.redirects.findById(id).orElseThrow(() -> new ContentNotFoundException("Redirect"));
	}

	/**
	 * Adds a redirect.
	 * @throws RedirectRefusedException with every reason the form cannot be saved
	 */
	@Transactional
	Redirect add(RedirectForm form, AuditLog.Actor who) {
		String oldPath = check(form, null);
		Redirect added = save(new Redirect(oldPath, form.getTarget()));
		this.events.publishEvent(new RedirectEvent.Created(who, name(added), added.mapping()));
		return added;
	}

	/**
	 * Changes a redirect.
	 * @throws RedirectRefusedException with every reason the form cannot be saved,
	 * someone else's change included
	 */
	@Transactional
	Redirect change(long id, RedirectForm form, AuditLog.Actor who) {
		Redirect redirect = get(id);
		if (!Objects.equals(form.getVersion(), redirect.getVersion())) {
			throw RedirectRefusedException.changedMeanwhile(redirect);
		}
		String before = redirect.mapping();
		redirect.change(check(form, redirect), form.getTarget());
		save(redirect);
		this.events.publishEvent(new RedirectEvent.Changed(who, name(redirect), before + " ⇒ " + redirect.mapping()));
		return redirect;
	}

	@Transactional
	void delete(long id, AuditLog.Actor who) {
		Redirect redirect = get(id);
		this.redirects.delete(redirect);
		this.events.publishEvent(new RedirectEvent.Deleted(who, name(redirect), redirect.mapping()));
	}

	/**
	 * Checks a form against the rules and the rest of the table.
	 * @param current the redirect the form changes; null for a new one
	 * @return the old path, normalised
	 */
	private String check(RedirectForm form, @Nullable Redirect current) {
		Optional<String> oldPath = normalised(OLD_PATH, form.getOldPath());
		Optional<String> target = normalised(TARGET, form.getTarget());
		List<Refusal> refusals = new ArrayList<>();
		refuseOldPath(oldPath, current).ifPresent(refusals::add);
		refuseTarget(target, oldPath, current).ifPresent(refusals::add);
		if (!refusals.isEmpty()) {
			throw new RedirectRefusedException(refusals);
		}
		return oldPath.get();
	}

	private static Optional<String> normalised(Pattern allowed, String typed) {
		return allowed.matcher(typed).matches() ? OldPath.normalise(typed) : Optional.empty();
	}

	private Optional<Refusal> refuseOldPath(Optional<String> oldPath, @Nullable Redirect current) {
		if (oldPath.isEmpty()) {
			return Optional.of(new Refusal("oldPath", "redirect.oldPath.invalid"));
		}
		if (OldPath.isBackOffice(oldPath.get())) {
			return Optional.of(new Refusal("oldPath", "redirect.oldPath.backOffice"));
		}
		if (answeredBySite(oldPath.get())) {
			return Optional.of(new Refusal("oldPath", "redirect.oldPath.answered"));
		}
		return otherFrom(oldPath.get(), current).map((other) -> new Refusal("oldPath", "redirect.oldPath.taken"));
	}

	private Optional<Refusal> refuseTarget(Optional<String> target, Optional<String> oldPath,
			@Nullable Redirect current) {
		if (target.isEmpty()) {
			return Optional.of(new Refusal("target", "redirect.target.invalid"));
		}
		if (OldPath.isBackOffice(target.get())) {
			return Optional.of(new Refusal("target", "redirect.target.backOffice"));
		}
		if (target.equals(oldPath)) {
			return Optional.of(new Refusal("target", "redirect.target.same"));
		}
		// A target that is itself redirected would make a chain, and one day a loop.
		return otherFrom(target.get(), current)
			.map((other) -> new Refusal("target", "redirect.target.redirected", other.getTarget()));
	}

	/** Another redirect than {@code current} from this normalised path. */
	private Optional<Redirect> otherFrom(String path, @Nullable Redirect current) {
		return this.redirects.findByOldPath(path).filter((other) -> other != current);
	}

	/**
	 * Whether the site serves the address itself: then a redirect from it would never be
	 * used.
	 */
	private boolean answeredBySite(String oldPath) {
		return answeredBySite(oldPath, visibleAddresses());
	}

	/** The same, given the {@link #visibleAddresses()} read once for many addresses. */
	static boolean answeredBySite(String oldPath, Set<String> visibleAddresses) {
		return SITE_ADDRESSES.matcher(oldPath).matches() || visibleAddresses.contains(oldPath);
	}

	/** The addresses of the content visitors see now, normalised. */
	Set<String> visibleAddresses() {
		Instant now = Instant.now(this.clock);
		return this.visibleAddresses.stream()
			.flatMap((source) -> source.entries(now).stream())
			.map(SitemapEntry::path)
			.map(OldPath::normalise)
			.flatMap(Optional::stream)
			.collect(Collectors.toSet());
	}

	/**
	 * Saves at once, so that the same old path saved by someone else at the same moment
	 * is refused, not a failure.
	 */
	private Redirect save(Redirect redirect) {
		try {
			return this.redirects.saveAndFlush(redirect);
		}
		catch (DataIntegrityViolationException taken) {
			throw new RedirectRefusedException(List.of(new Refusal("oldPath", "redirect.oldPath.taken")));
		}
	}

	private static String name(Redirect redirect) {
		return "redirect " + redirect.getId() + " " + redirect.getOldPath();
	}

}
