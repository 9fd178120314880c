package be.mmmbelgium.site.redirect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Old addresses sent to their new ones many at a time, by a feature that brings content
 * over (the WordPress import) rather than by an admin's form. The same rules hold as in
 * the form: from an address the site does not answer, to one of its paths, never a loop;
 * an address whose query names the page ({@code /?p=123}) is kept with its query. The
 * feature that calls records what it did in the audit log, once.
 */
@Service
public class OldAddresses {

	/** An old address: a path, with a query or not, no space or control character. */
	private static final Pattern OLD_ADDRESS = Pattern.compile("/[^\\s\\p{Cntrl}#\\\\]*");

	/** How many old addresses are looked for in one statement. */
	private static final int READ_AT_ONCE = 500;

	private final RedirectRepository redirects;

	private final RedirectTable table;

	OldAddresses(RedirectRepository redirects, RedirectTable table) {
		this.redirects = redirects;
		this.table = table;
	}

	/**
	 * Sends each old address to its new path; an address sent elsewhere already is sent
	 * to the new path instead.
	 * @param targets new paths by old address
	 */
	@Transactional
	public Kept keep(Map<String, String> targets) {
		Set<String> visible = this.table.visibleAddresses();
		Map<String, Redirect> existing = new HashMap<>();
		List<String> normalised = targets.keySet()
			.stream()
			.map(OldPath::normalise)
			.flatMap(Optional::stream)
			.distinct()
			.toList();
		for (int start = 0; start < normalised.size(); start += READ_AT_ONCE) {
			this.redirects.findByOldPathIn(normalised.subList(start, Math.min(start + READ_AT_ONCE, normalised.size())))
				.forEach((redirect) -> existing.put(redirect.getOldPath(), redirect));
		}
		int added = 0;
		int changed = 0;
		int unchanged = 0;
		List<String> left = new ArrayList<>();
		for (Map.Entry<String, String> entry : targets.entrySet()) {
			Optional<String> oldPath = OLD_ADDRESS.matcher(entry.getKey()).matches() ? OldPath.normalise(entry.getKey())
					: Optional.empty();
			String target = entry.getValue();
			if (oldPath.isPresent() && oldPath.equals(OldPath.normalise(target))) {
				// The same address: the site answers it already, with or without its
				// slash.
				unchanged++;
				continue;
			}
			if (oldPath.isEmpty() || OldPath.isBackOffice(oldPath.get())
					|| !RedirectTable.TARGET.matcher(target).matches() || OldPath.isBackOffice(target)) {
				left.add(entry.getKey());
				continue;
			}
			if (RedirectTable.answeredBySite(oldPath.get(), visible)) {
				// The site answers it itself: nothing to send on.
				unchanged++;
				continue;
			}
			Redirect redirect = existing.get(oldPath.get());
			if (redirect == null) {
				existing.put(oldPath.get(), this.redirects.save(new Redirect(oldPath.get(), target)));
				added++;
			}
			else if (redirect.getTarget().equals(target)) {
				unchanged++;
			}
			else {
				redirect.change(oldPath.get(), target);
				changed++;
			}
		}
		return new Kept(added, changed, unchanged, List.copyOf(left));
	}

	/**
	 * What {@link #keep} did: redirects added, changed, already so (or answered by the
	 * site itself), and the addresses left out because they cannot be redirected.
	 */
	public record Kept(int added, int changed, int unchanged, List<String> left) {
	}

}
