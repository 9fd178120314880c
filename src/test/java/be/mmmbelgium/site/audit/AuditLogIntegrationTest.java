package be.mmmbelgium.site.audit;

import java.time.Instant;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import be.mmmbelgium.site.test.Html;
import be.mmmbelgium.site.test.SiteIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Admins read the audit log newest first, filtered by person, kind and dates, a page at a
 * time.
 */
@SiteIntegrationTest
class AuditLogIntegrationTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AuditEventRepository events;

	@Test
	void theLogIsNewestFirstAndFilteredByPersonKindAndDate() {
		save("2026-11-20T09:00:00Z", AuditKind.SIGN_IN, "ana@example.org");
		save("2026-11-21T09:00:00Z", AuditKind.SIGN_IN_FAILED, "ana@example.org");
		save("2026-11-22T09:00:00Z", AuditKind.SIGN_IN, "ben@example.org");

		assertThat(rows("/admin/audit?actor=ana@example.org")).containsExactly("Connexion refusée", "Connexion");
		assertThat(rows("/admin/audit?actor=ana@example.org&kind=SIGN_IN")).containsExactly("Connexion");
		assertThat(rows("/admin/audit?actor=&kind=SIGN_IN&from=2026-11-22&until=2026-11-22"))
			.containsExactly("Connexion");
		assertThat(rows("/admin/audit?kind=NOT_A_KIND&from=not-a-date&actor=ana@example.org")).hasSize(2);
	}

	@Test
	void theLogIsPaginatedKeepingItsFilters() {
		for (int i = 0; i < 55; i++) {
			save(Instant.parse("2026-11-01T00:00:00Z").plusSeconds(i).toString(), AuditKind.SIGN_IN,
					"many@example.org");
		}

		Document first = Html.parse(this.mvc.get().uri("/admin/audit?actor=many@example.org").with(admin()).exchange());
		assertThat(first.select("tbody tr")).hasSize(50);
		assertThat(first.select(".pagination a[rel=next]").attr("href"))
			.isEqualTo("/admin/audit?actor=many@example.org&page=2");
		assertThat(rows("/admin/audit?actor=many@example.org&page=2")).hasSize(5);
	}

	private List<String> rows(String path) {
		return Html.parse(this.mvc.get().uri(path).with(admin()).exchange())
			.select("tbody tr td:nth-child(3)")
			.eachText();
	}

	private static RequestPostProcessor admin() {
		return user("admin@example.org").roles("ADMIN");
	}

	private void save(String instant, AuditKind kind, String actor) {
		this.events.save(new AuditEvent(Instant.parse(instant), kind, null, actor, actor, null, "127.0.0.1"));
	}

}
