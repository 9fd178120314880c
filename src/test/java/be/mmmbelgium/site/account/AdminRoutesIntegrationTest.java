package be.mmmbelgium.site.account;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import be.mmmbelgium.site.account.signin.TwoFactorPending;
import be.mmmbelgium.site.admin.BackOfficeAccess;
import be.mmmbelgium.site.content.Revision;
import be.mmmbelgium.site.content.Revisions;
import be.mmmbelgium.site.media.MediaFile;
import be.mmmbelgium.site.media.MediaLibrary;
import be.mmmbelgium.site.news.NewsPost;
import be.mmmbelgium.site.news.NewsPostBuilder;
import be.mmmbelgium.site.news.NewsPostRepository;
import be.mmmbelgium.site.page.Page;
import be.mmmbelgium.site.page.PageBuilder;
import be.mmmbelgium.site.page.PageRepository;
import be.mmmbelgium.site.podcast.Episode;
import be.mmmbelgium.site.podcast.EpisodeRepository;
import be.mmmbelgium.site.podcast.PodcastBuilders;
import be.mmmbelgium.site.podcast.PodcastSeries;
import be.mmmbelgium.site.podcast.PodcastSeriesRepository;
import be.mmmbelgium.site.redirect.TestRedirects;
import be.mmmbelgium.site.test.SiteIntegrationTest;
import be.mmmbelgium.site.test.TestMedia;
import be.mmmbelgium.site.wordpress.TestImports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Every route of the back-office, held against who may use it: anonymous visitors are
 * sent to sign in, each role gets exactly what it may and a 403 otherwise. A route that
 * is not in the table below fails the test until someone decides who may use it.
 */
@SiteIntegrationTest
class AdminRoutesIntegrationTest {

	enum Access {

		/** Anyone, signed in or not. */
		PUBLIC,

		/** Only someone half-way through a two-factor sign-in. */
		PENDING_CODE,

		CONTRIBUTOR, EDITOR, ADMIN

	}

	static final Map<String, Access> ROUTES = Map.ofEntries(Map.entry("GET /admin", Access.CONTRIBUTOR),
			Map.entry("GET /admin/login", Access.PUBLIC), Map.entry("GET /admin/login/code", Access.PENDING_CODE),
			Map.entry("POST /admin/login/code", Access.PENDING_CODE),
			Map.entry("GET /admin/password/{token}", Access.PUBLIC),
			Map.entry("POST /admin/password/{token}", Access.PUBLIC),
			Map.entry("GET /admin/setup/{token}", Access.PUBLIC), Map.entry("POST /admin/setup/{token}", Access.PUBLIC),
			Map.entry("GET /admin/accounts", Access.ADMIN), Map.entry("GET /admin/accounts/new", Access.ADMIN),
			Map.entry("POST /admin/accounts/new", Access.ADMIN),
			Map.entry("POST /admin/accounts/{id}/link", Access.ADMIN),
			Map.entry("POST /admin/accounts/{id}/role", Access.ADMIN),
			Map.entry("POST /admin/accounts/{id}/disable", Access.ADMIN),
			Map.entry("POST /admin/accounts/{id}/enable", Access.ADMIN), Map.entry("GET /admin/audit", Access.ADMIN),
			Map.entry("GET /admin/settings", Access.ADMIN), Map.entry("POST /admin/settings", Access.ADMIN),
			Map.entry("GET /admin/profile", Access.CONTRIBUTOR), Map.entry("POST /admin/autosave", Access.CONTRIBUTOR),
			Map.entry("POST /admin/autosave/discard", Access.CONTRIBUTOR),
			Map.entry("POST /admin/markdown/preview", Access.CONTRIBUTOR),
			Map.entry("POST /admin/markdown/from-html", Access.CONTRIBUTOR),
			Map.entry("GET /admin/media/pictures", Access.CONTRIBUTOR),
			Map.entry("POST /admin/media/pictures", Access.CONTRIBUTOR),
			Map.entry("POST /admin/profile/password", Access.CONTRIBUTOR),
			Map.entry("POST /admin/profile/language", Access.CONTRIBUTOR),
			Map.entry("GET /admin/profile/two-factor", Access.CONTRIBUTOR),
			Map.entry("POST /admin/profile/two-factor", Access.CONTRIBUTOR),
			Map.entry("POST /admin/profile/two-factor/disable", Access.CONTRIBUTOR),
			Map.entry("GET /admin/news", Access.CONTRIBUTOR), Map.entry("GET /admin/news/new", Access.CONTRIBUTOR),
			Map.entry("POST /admin/news/new", Access.CONTRIBUTOR),
			Map.entry("GET /admin/news/{id}", Access.CONTRIBUTOR),
			Map.entry("POST /admin/news/{id}", Access.CONTRIBUTOR),
			Map.entry("GET /admin/news/{id}/preview", Access.CONTRIBUTOR),
			Map.entry("GET /admin/news/{id}/history", Access.CONTRIBUTOR),
			Map.entry("POST /admin/news/{id}/translate", Access.CONTRIBUTOR),
			Map.entry("POST /admin/news/{id}/submit", Access.CONTRIBUTOR),
			Map.entry("POST /admin/news/{id}/send-back", Access.EDITOR),
			Map.entry("POST /admin/news/{id}/up-to-date", Access.CONTRIBUTOR),
			Map.entry("POST /admin/news/{id}/history/{revision}/restore", Access.CONTRIBUTOR),
			Map.entry("POST /admin/news/{id}/publish", Access.EDITOR),
			Map.entry("POST /admin/news/{id}/changes/publish", Access.EDITOR),
			Map.entry("POST /admin/news/{id}/changes/discard", Access.CONTRIBUTOR),
			Map.entry("POST /admin/news/{id}/unpublish", Access.EDITOR),
			Map.entry("POST /admin/news/{id}/trash", Access.EDITOR),
			Map.entry("POST /admin/news/{id}/restore", Access.EDITOR),
			Map.entry("POST /admin/news/trash/empty", Access.EDITOR),
			Map.entry("GET /admin/episodes", Access.CONTRIBUTOR),
			Map.entry("GET /admin/episodes/new", Access.CONTRIBUTOR),
			Map.entry("POST /admin/episodes/new", Access.CONTRIBUTOR),
			Map.entry("GET /admin/episodes/{id}", Access.CONTRIBUTOR),
			Map.entry("POST /admin/episodes/{id}", Access.CONTRIBUTOR),
			Map.entry("GET /admin/episodes/{id}/preview", Access.CONTRIBUTOR),
			Map.entry("GET /admin/episodes/{id}/history", Access.CONTRIBUTOR),
			Map.entry("POST /admin/episodes/{id}/translate", Access.CONTRIBUTOR),
			Map.entry("POST /admin/episodes/{id}/up-to-date", Access.CONTRIBUTOR),
			Map.entry("POST /admin/episodes/{id}/submit", Access.CONTRIBUTOR),
			Map.entry("POST /admin/episodes/{id}/send-back", Access.EDITOR),
			Map.entry("POST /admin/episodes/{id}/history/{revision}/restore", Access.CONTRIBUTOR),
			Map.entry("POST /admin/episodes/{id}/publish", Access.EDITOR),
			Map.entry("POST /admin/episodes/{id}/changes/publish", Access.EDITOR),
			Map.entry("POST /admin/episodes/{id}/changes/discard", Access.CONTRIBUTOR),
			Map.entry("POST /admin/episodes/{id}/unpublish", Access.EDITOR),
			Map.entry("POST /admin/episodes/{id}/trash", Access.EDITOR),
			Map.entry("POST /admin/episodes/{id}/restore", Access.EDITOR),
			Map.entry("POST /admin/episodes/trash/empty", Access.EDITOR),
			Map.entry("GET /admin/podcasts", Access.EDITOR), Map.entry("GET /admin/podcasts/new", Access.EDITOR),
			Map.entry("POST /admin/podcasts/new", Access.EDITOR), Map.entry("GET /admin/podcasts/{id}", Access.EDITOR),
			Map.entry("POST /admin/podcasts/{id}", Access.EDITOR),
			Map.entry("GET /admin/podcasts/{id}/history", Access.EDITOR),
			Map.entry("POST /admin/podcasts/{id}/translate", Access.EDITOR),
			Map.entry("POST /admin/podcasts/{id}/up-to-date", Access.EDITOR),
			Map.entry("POST /admin/podcasts/{id}/submit", Access.EDITOR),
			Map.entry("POST /admin/podcasts/{id}/send-back", Access.EDITOR),
			Map.entry("POST /admin/podcasts/{id}/history/{revision}/restore", Access.EDITOR),
			Map.entry("POST /admin/podcasts/{id}/publish", Access.EDITOR),
			Map.entry("POST /admin/podcasts/{id}/changes/publish", Access.EDITOR),
			Map.entry("POST /admin/podcasts/{id}/changes/discard", Access.EDITOR),
			Map.entry("POST /admin/podcasts/{id}/unpublish", Access.EDITOR),
			Map.entry("POST /admin/podcasts/{id}/trash", Access.EDITOR),
			Map.entry("POST /admin/podcasts/{id}/restore", Access.EDITOR),
			Map.entry("POST /admin/podcasts/trash/empty", Access.EDITOR), Map.entry("GET /admin/pages", Access.ADMIN),
			Map.entry("GET /admin/pages/new", Access.ADMIN), Map.entry("POST /admin/pages/new", Access.ADMIN),
			Map.entry("GET /admin/pages/{id}", Access.ADMIN), Map.entry("POST /admin/pages/{id}", Access.ADMIN),
			Map.entry("GET /admin/pages/{id}/preview", Access.ADMIN),
			Map.entry("GET /admin/pages/{id}/history", Access.ADMIN),
			Map.entry("POST /admin/pages/{id}/translate", Access.ADMIN),
			Map.entry("POST /admin/pages/{id}/up-to-date", Access.ADMIN),
			Map.entry("POST /admin/pages/{id}/submit", Access.ADMIN),
			Map.entry("POST /admin/pages/{id}/send-back", Access.ADMIN),
			Map.entry("POST /admin/pages/{id}/history/{revision}/restore", Access.ADMIN),
			Map.entry("POST /admin/pages/{id}/publish", Access.ADMIN),
			Map.entry("POST /admin/pages/{id}/move", Access.ADMIN),
			Map.entry("POST /admin/pages/{id}/changes/publish", Access.ADMIN),
			Map.entry("POST /admin/pages/{id}/changes/discard", Access.ADMIN),
			Map.entry("POST /admin/pages/{id}/unpublish", Access.ADMIN),
			Map.entry("POST /admin/pages/{id}/trash", Access.ADMIN),
			Map.entry("POST /admin/pages/{id}/restore", Access.ADMIN),
			Map.entry("POST /admin/pages/trash/empty", Access.ADMIN), Map.entry("GET /admin/media", Access.CONTRIBUTOR),
			Map.entry("POST /admin/media", Access.CONTRIBUTOR), Map.entry("GET /admin/media/{id}", Access.CONTRIBUTOR),
			Map.entry("POST /admin/media/{id}/delete", Access.EDITOR), Map.entry("GET /admin/redirects", Access.ADMIN),
			Map.entry("GET /admin/redirects/new", Access.ADMIN), Map.entry("POST /admin/redirects/new", Access.ADMIN),
			Map.entry("GET /admin/redirects/{id}", Access.ADMIN), Map.entry("POST /admin/redirects/{id}", Access.ADMIN),
			Map.entry("POST /admin/redirects/{id}/delete", Access.ADMIN), Map.entry("GET /admin/import", Access.ADMIN),
			Map.entry("POST /admin/import", Access.ADMIN), Map.entry("GET /admin/import/{id}", Access.ADMIN),
			Map.entry("POST /admin/import/{id}", Access.ADMIN), Map.entry("GET /admin/archive", Access.ADMIN),
			Map.entry("POST /admin/archive/export", Access.ADMIN),
			Map.entry("POST /admin/archive/import", Access.ADMIN));

	@Autowired
	MockMvcTester mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	Map<Role, AccountPrincipal> people = new TreeMap<>();

	@Autowired
	NewsPostRepository posts;

	Account target;

	NewsPost post;

	@BeforeEach
	void createOnePersonPerRole() {
		for (Role role : Role.values()) {
			this.people.put(role, new AccountPrincipal(AccountFixtures.account(this.accounts, this.encoder, role)));
		}
		this.target = AccountFixtures.account(this.accounts, this.encoder, Role.CONTRIBUTOR);
	}

	/**
	 * A fresh draft of the contributor's, with a revision, since some routes trash or
	 * delete it.
	 */
	private void freshDraft() {
		NewsPost draft = NewsPostBuilder.post().draft().build();
		draft.setAuthorId(this.people.get(Role.CONTRIBUTOR).id());
		this.post = this.posts.saveAndFlush(draft);
		this.revision = this.revisions.record("news", this.post.getId(), this.post.getVersion(), null, null,
				new Revision.Snapshot(draft.getTitle(), draft.getSlug(), "", "Texte"));
	}

	@Autowired
	Revisions revisions;

	Revision revision;

	/**
	 * A route with its variables filled in: accounts for account routes, the draft for
	 * news routes.
	 */
	@Autowired
	PodcastSeriesRepository allSeries;

	@Autowired
	EpisodeRepository episodes;

	/**
	 * A fresh draft series with a draft episode of the contributor's, each with a
	 * revision.
	 */
	private long freshPodcast(boolean episode) {
		PodcastSeries series = this.allSeries
			.saveAndFlush(PodcastBuilders.series().slug("serie-" + this.files++).draft().build());
		Episode draft = PodcastBuilders.episode(series).draft().build();
		draft.setAuthorId(this.people.get(Role.CONTRIBUTOR).id());
		this.episodes.saveAndFlush(draft);
		long id = episode ? draft.getId() : series.getId();
		this.revision = this.revisions.record(episode ? "episode" : "series", id, 0, null, null,
				new Revision.Snapshot("Titre", "titre", "", "Texte"));
		return id;
	}

	@Autowired
	PageRepository pages;

	/** A fresh draft page, with a revision. */
	private long freshPage() {
		Page page = this.pages.saveAndFlush(PageBuilder.page().slug("page-" + this.files++).draft().build());
		this.revision = this.revisions.record("page", page.getId(), 0, null, null,
				new Revision.Snapshot("Titre", "titre", "", "Texte"));
		return page.getId();
	}

	@Autowired
	EntityManager entityManager;

	/** A redirect of its own, since a route deletes it. */
	private long freshRedirect() {
		return TestRedirects.add(this.entityManager, "/ancienne-adresse-" + this.files++, "/fr/actualites");
	}

	private String path(String pattern) {
		if (pattern.startsWith("/admin/news/")) {
			freshDraft();
		}
		String id = pattern.startsWith("/admin/news/") ? String.valueOf(this.post.getId()) : pattern
			.startsWith("/admin/media/")
					? String.valueOf(unusedFile().getId())
					: pattern.startsWith("/admin/episodes/") ? String.valueOf(freshPodcast(true))
							: pattern.startsWith("/admin/podcasts/") ? String.valueOf(freshPodcast(false))
									: pattern.startsWith("/admin/pages/") ? String.valueOf(freshPage())
											: pattern.startsWith("/admin/redirects/") ? String.valueOf(freshRedirect())
													: pattern.startsWith("/admin/import/")
															? TestImports.preparedEmptyImport(this.context)
															: String.valueOf(this.target.getId());
		String path = pattern.replace("{id}", id).replace("{token}", "a".repeat(43));
		return (this.revision == null) ? path : path.replace("{revision}", String.valueOf(this.revision.getId()));
	}

	@Autowired
	MediaLibrary media;

	@Autowired
	ApplicationContext context;

	/** A file of its own that nothing uses, since a route deletes it. */
	private MediaFile unusedFile() {
		return TestMedia.add(this.media, "route.pdf", TestMedia.pdf("/Rotate " + (this.files++ * 90)));
	}

	int files;

	@Test
	void everyRouteOfTheBackOfficeHasARule() {
		assertThat(adminRoutes()).as("routes under /admin; add any new one to ROUTES with who may use it")
			.isEqualTo(new TreeSet<>(ROUTES.keySet()));
	}

	@Autowired
	List<BackOfficeAccess> features;

	@Test
	void theFeaturesKeepTheseAddressesForAdminsAndEditors() {
		AdminRoutes routes = new AdminRoutes(this.features);
		assertThat(routes.adminOnly()).containsExactlyInAnyOrder("/admin/accounts", "/admin/accounts/**",
				"/admin/audit", "/admin/audit/**", "/admin/settings", "/admin/settings/**", "/admin/pages",
				"/admin/pages/**", "/admin/redirects", "/admin/redirects/**", "/admin/import", "/admin/import/**",
				"/admin/archive", "/admin/archive/**");
		assertThat(routes.editors()).containsExactlyInAnyOrder("/admin/news/*/publish", "/admin/news/*/unpublish",
				"/admin/news/*/trash", "/admin/news/*/restore", "/admin/news/*/send-back",
				"/admin/news/*/changes/publish", "/admin/news/trash/empty", "/admin/episodes/*/publish",
				"/admin/episodes/*/unpublish", "/admin/episodes/*/trash", "/admin/episodes/*/restore",
				"/admin/episodes/*/send-back", "/admin/episodes/*/changes/publish", "/admin/episodes/trash/empty",
				"/admin/podcasts", "/admin/podcasts/**", "/admin/media/*/delete");
	}

	@Test
	void anonymousVisitorsAreSentToSignIn() {
		ROUTES.forEach((route, access) -> {
			MvcTestResult result = request(route, null);
			if (access == Access.PUBLIC) {
				assertThat(result.getResponse().getStatus()).as(route).isNotIn(401, 403);
				assertThat(result.getResponse().getRedirectedUrl()).as(route)
					.isNotEqualTo("http://localhost/admin/login");
			}
			else {
				assertThat(result).as(route).hasStatus3xxRedirection();
				assertThat(result.getResponse().getRedirectedUrl()).as(route).endsWith("/admin/login");
			}
		});
	}

	@Test
	void eachRoleGetsExactlyWhatItMay() {
		ROUTES.forEach((route, access) -> {
			for (Role role : Role.values()) {
				MvcTestResult result = request(route, this.people.get(role));
				int status = result.getResponse().getStatus();
				if (allows(access, role)) {
					assertThat(status).as(role + " on " + route).isLessThan(400);
					assertThat(String.valueOf(result.getResponse().getRedirectedUrl())).as(role + " on " + route)
						.doesNotContain("/admin/login");
				}
				else {
					assertThat(status).as(role + " on " + route).isEqualTo(403);
				}
			}
		});
	}

	@Test
	void someoneHalfWayThroughTwoFactorSignInReachesOnlyTheCodePage() {
		AccountPrincipal principal = this.people.get(Role.ADMIN);
		ROUTES.forEach((route, access) -> {
			var request = this.mvc.method(HttpMethod.valueOf(route.split(" ")[0]))
				.uri(path(route.split(" ")[1]))
				.with(csrf())
				.with(SecurityMockMvcRequestPostProcessors.authentication(new TwoFactorPending(principal, null)));
			MvcTestResult result = request.exchange();
			if (access == Access.PENDING_CODE || access == Access.PUBLIC) {
				assertThat(result.getResponse().getStatus()).as(route).isLessThan(400);
			}
			else {
				assertThat(result.getResponse().getRedirectedUrl()).as(route).isEqualTo("/admin/login/code");
			}
		});
	}

	private static boolean allows(Access access, Role role) {
		return switch (access) {
			case PUBLIC -> true;
			case PENDING_CODE -> false;
			case CONTRIBUTOR -> role.includes(Role.CONTRIBUTOR);
			case EDITOR -> role.includes(Role.EDITOR);
			case ADMIN -> role.includes(Role.ADMIN);
		};
	}

	private MvcTestResult request(String route, AccountPrincipal who) {
		String[] parts = route.split(" ", 2);
		String path = path(parts[1]);
		var request = this.mvc.method(HttpMethod.valueOf(parts[0]))
			.uri(path)
			.with(csrf())
			.with(AccountFixtures.freshAddress());
		if (parts[0].equals("POST")) {
			request = request.param("role", "EDITOR")
				.param("language", "NL")
				.param("form", "/admin/news/new")
				.param("note", "À revoir");
		}
		return (who == null ? request : request.with(user(who))).exchange();
	}

	private Set<String> adminRoutes() {
		Set<String> routes = new TreeSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			for (String pattern : info.getPatternValues()) {
				if (pattern.equals("/admin") || pattern.startsWith("/admin/")) {
					Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
					for (RequestMethod method : methods.isEmpty() ? List.of(RequestMethod.GET) : methods) {
						routes.add(method + " " + pattern);
					}
				}
			}
		}
		return routes;
	}

}
