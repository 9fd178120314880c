package be.mmmbelgium.site.hostile;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import be.mmmbelgium.site.account.AccountPrincipal;
import be.mmmbelgium.site.hostile.HostileInputs.Hostile;
import be.mmmbelgium.site.test.SiteIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Every form of the site, found by following the links of the back-office from its start
 * page and of the public site from its home page, with every hostile input in every
 * field: the answer is never a 5xx nor a page where the input came alive as markup, and a
 * value the form saved reads back on the form exactly as typed. A value holding a NUL
 * character, which PostgreSQL cannot keep in text, is refused, never saved nor a 500.
 */
@SiteIntegrationTest
class HostileFormsIntegrationTest extends HostileSiteTests {

	/** Fields whose value the site makes something else of by design, and why. */
	static final Map<String, String> NORMALISED = Map.of("tags", "subjects are split at commas and named once", "slug",
			"made from the title when empty");

	@Test
	void everyFieldOfEveryBackOfficeFormTakesEveryHostileInput() {
		Map<String, Found> forms = formsReachedFrom("/admin", this.site.admin);
		assertThat(forms.keySet()).as("forms found in the back-office")
			.contains("POST /admin/news/{n}", "POST /admin/news/new", "POST /admin/pages/{n}",
					"POST /admin/podcasts/{n}", "POST /admin/episodes/{n}", "POST /admin/media",
					"POST /admin/accounts/new", "POST /admin/profile/password", "POST /admin/settings",
					"POST /admin/redirects/new", "POST /admin/redirects/{n}", "GET /admin/news", "GET /admin/audit",
					"POST /admin/news/{n}/trash");

		for (Found found : forms.values()) {
			fuzz(found, this.site.admin);
		}

		assertThat(this.site.failures()).as("hostile inputs mishandled").isEmpty();
	}

	@Test
	void everyFieldOfEveryPublicFormAndOfSigningInTakesEveryHostileInput() {
		Map<String, Found> forms = formsReachedFrom("/fr/", null);
		forms.putAll(formsReachedFrom("/admin/login", null));
		assertThat(forms.keySet()).as("forms found on the public site")
			.contains("GET /fr/recherche", "POST /admin/login");

		for (Found found : forms.values()) {
			fuzz(found, null);
		}

		assertThat(this.site.failures()).as("hostile inputs mishandled").isEmpty();
	}

	/**
	 * A form, and the page it was found on, where it is looked for again after each save.
	 */
	record Found(HtmlForm form, String page) {
	}

	/**
	 * Sends every hostile input in each field of the form in turn. Fields of text get
	 * them all; the other fields, and the fields of a form that creates an item (the same
	 * as its edit form's), one of each kind.
	 */
	private void fuzz(Found found, AccountPrincipal who) {
		HtmlForm form = found.form();
		for (String field : form.names()) {
			boolean creates = form.action().endsWith("/new");
			List<Hostile> inputs = (form.textual().contains(field) && !creates) ? HostileInputs.ALL
					: HostileInputs.sample();
			for (Hostile hostile : inputs) {
				String what = form.describe() + " field '" + field + "' with " + hostile;
				MvcTestResult result = this.site.send(this.mvc,
						HostileSite.request(form, field, hostile.value(), (who != null) ? csrf() : null), who, what);
				if (HostileSite.status(result) / 100 != 3) {
					continue;
				}
				String location = result.getResponse().getRedirectedUrl();
				if (location == null || !location.startsWith("/admin/") || location.startsWith("/admin/login")) {
					continue;
				}
				Optional<HtmlForm> saved = readBack(form, location, who, what);
				if (saved.isEmpty()) {
					continue;
				}
				if (hostile == HostileInputs.NUL) {
					this.site.fail(what, "was accepted, although PostgreSQL cannot keep it");
				}
				checkKept(form, saved.get(), field, hostile, what);
				form = creates ? form : saved.get();
			}
		}
	}

	/**
	 * A value saved reads back as typed, except where the site makes something else of it
	 * by design: {@link #NORMALISED} fields, Spring's markers of check boxes
	 * ({@code _name}), and a field empty before and after, which the save does not keep
	 * in that state (the caption of a cover not chosen, the title of a document not
	 * added).
	 */
	private void checkKept(HtmlForm sent, HtmlForm saved, String field, Hostile hostile, String what) {
		String stored = saved.fields().get(field);
		String before = sent.fields().get(field);
		boolean notKept = (before == null || before.isEmpty()) && (stored == null || stored.isEmpty());
		if (stored != null && !stored.equals(hostile.value()) && !NORMALISED.containsKey(field)
				&& !field.startsWith("_") && !notKept) {
			this.site.fail(what, "read back as " + HostileInputs.abbreviate(stored));
		}
	}

	/**
	 * The form as the page a save led to shows it again, with the version it now has: the
	 * same form, or the edit form of what a "new" form created.
	 */
	private Optional<HtmlForm> readBack(HtmlForm form, String location, AccountPrincipal who, String what) {
		String path = location.replaceFirst("[?#].*", "");
		MvcTestResult shown = this.site.send(this.mvc, MockMvcRequestBuilders.get(location), who, what + ", shown");
		if (HostileSite.status(shown) != 200) {
			return Optional.empty();
		}
		Document page = HostileSite.page(shown);
		String action = form.action().endsWith("/new") ? path : form.action();
		return HtmlForm.find(page, path, action).filter((again) -> again.method().equals(form.method()));
	}

	/**
	 * The forms of every page reached by following links from {@code start} within its
	 * part of the site, one of each kind: addresses that differ only by their numbers are
	 * one kind.
	 */
	private Map<String, Found> formsReachedFrom(String start, AccountPrincipal who) {
		String within = start.startsWith("/admin") ? "/admin" : "/fr/";
		Map<String, Found> forms = new LinkedHashMap<>();
		Set<String> seen = new LinkedHashSet<>();
		Deque<String> toVisit = new ArrayDeque<>(List.of(start));
		while (!toVisit.isEmpty() && seen.size() < 80) {
			String path = toVisit.poll();
			if (!seen.add(kind(path))) {
				continue;
			}
			MvcTestResult result = this.site.send(this.mvc, MockMvcRequestBuilders.get(path), who, "GET " + path);
			if (HostileSite.status(result) != 200) {
				continue;
			}
			Document page = HostileSite.page(result);
			for (HtmlForm form : HtmlForm.of(page, path)) {
				forms.putIfAbsent(form.method() + " " + kind(form.action()), new Found(form, path));
			}
			for (Element link : page.select("a[href]")) {
				String href = link.attr("href").replaceFirst("#.*", "");
				if (href.startsWith(within) && !href.contains("/preview")) {
					toVisit.add(href);
				}
			}
		}
		return forms;
	}

	/**
	 * An address with its numbers and query left out, so that one post stands for all.
	 */
	private static String kind(String path) {
		return path.replaceFirst("\\?.*", "").replaceAll("/\\d+", "/{n}");
	}

}
