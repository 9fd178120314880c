package be.mmmbelgium.site.archive;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import be.mmmbelgium.site.account.Account;
import be.mmmbelgium.site.account.AccountFixtures;
import be.mmmbelgium.site.account.AccountPrincipal;
import be.mmmbelgium.site.account.AccountRepository;
import be.mmmbelgium.site.account.Accounts;
import be.mmmbelgium.site.account.Role;
import be.mmmbelgium.site.account.TestAccounts;
import be.mmmbelgium.site.test.PostgresTest;
import be.mmmbelgium.site.test.SecondInstance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * "Export everything" and "Import into an empty site": the demo site, with accounts, a
 * redirect and a removed address added, is exported by an admin, and the archive imported
 * by the first admin of a new site, on a new database and media directory. Every public
 * address the old site answers (its pages, feeds, sitemaps and media files, followed from
 * the home pages and the sitemaps) is then answered byte for byte alike by the new one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "mmm.demo-content=true", "mmm.media.directory=target/archive-test/old-site" })
@AutoConfigureMockMvc
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteArchiveIntegrationTest {

	private static final String BASE = "https://www.example.test";

	/** What a site links to: in attributes, in sitemaps, in image sets. */
	private static final Pattern LINK = Pattern
		.compile("(?:href|src|url)=\"([^\"]+)\"|<loc>([^<]+)</loc>|srcset=\"([^\"]+)\"");

	@Autowired
	MockMvcTester mvc;

	@LocalServerPort
	int port;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	AccountPrincipal admin;

	Account editor;

	String editorHash;

	@BeforeAll
	void anOldSiteWithAccountsARedirectAndARemovedAddress() {
		Account adminAccount = TestAccounts.account(Role.ADMIN, this.encoder);
		this.admin = TestAccounts.principal(this.accounts.saveAndFlush(adminAccount));
		Account withTwoFactor = TestAccounts.account(Role.EDITOR, this.encoder);
		withTwoFactor.enableTwoFactor("JBSWY3DPEHPK3PXP", 0);
		this.editor = this.accounts.saveAndFlush(withTwoFactor);
		this.editorHash = this.jdbc.queryForObject("select password_hash from account where id = ?", String.class,
				this.editor.getId());
		// The editor wrote the first French post.
		this.jdbc.update("update news_post set author_id = ? where id = (select min(id) from news_post"
				+ " where language = 'fr' and status = 'PUBLISHED')", this.editor.getId());
		this.jdbc.update("insert into redirect (old_path, target, created_at, updated_at) values (?, ?, ?, ?)",
				"/ancienne-adresse", "/fr/actualites", Timestamp.from(Instant.parse("2026-01-05T10:00:00Z")),
				Timestamp.from(Instant.parse("2026-01-05T10:00:00Z")));
		this.jdbc.update("insert into removed_path (path, removed_at) values (?, ?)", "/fr/actualites/retiree",
				Timestamp.from(Instant.parse("2026-02-01T08:00:00Z")));
	}

	@Test
	void aNewSiteImportingTheArchiveAnswersEveryPublicAddressByteForByteAlike() throws Exception {
		Path archive = export();
		checkNothingSecretIsInIt(archive);

		Path media = Files.createDirectories(Path.of("target/archive-test/new-site-" + UUID.randomUUID()));
		try (SecondInstance newSite = SecondInstance.ofANewSite(this.dataSource, media,
				"mmm.admin.email=" + this.admin.email(), "mmm.admin.password=" + AccountFixtures.PASSWORD + "-new")) {
			MockMvcTester newMvc = mvcOf(newSite);
			UserDetails importer = newSite.context()
				.getBean(UserDetailsService.class)
				.loadUserByUsername(this.admin.email());

			assertThat(newMvc.post()
				.multipart()
				.uri("/admin/archive/import")
				.file(new MockMultipartFile("archive", "site.zip", "application/zip", Files.readAllBytes(archive)))
				.with(user(importer))
				.with(csrf())).hasStatus3xxRedirection()
				.hasRedirectedUrl("/admin/archive")
				.flash()
				.containsEntry("accountsCreated", 1)
				.containsEntry("accountsMatched", 1);

			assertThat(newMvc.get()
				.uri("/admin/archive")
				.with(user(importer))
				.flashAttr("importedFrom", "https://www.example.test")
				.flashAttr("importedExportedAt", Instant.parse("2026-12-01T09:30:00Z"))
				.flashAttr("importedRows", 171L)
				.flashAttr("importedFiles", 19L)
				.flashAttr("accountsCreated", 1)
				.flashAttr("accountsMatched", 1)).hasStatusOk()
				.bodyText()
				.contains("L’archive de https://www.example.test du 1", "2026", "10:30 est importée : 171 lignes et 19",
						"Un compte a été créé sans mot de passe", "Ouvrir les comptes", "Ce site a déjà du contenu (")
				.doesNotContain("Importer l’archive");

			JdbcTemplate newJdbc = new JdbcTemplate(newSite.context().getBean(DataSource.class));
			checkAccounts(newJdbc);
			int compared = compareEveryPublicAddress(newSite);
			assertThat(compared).as("addresses compared").isGreaterThan(100);

			// The ids the new site draws next follow the imported ones.
			Long newest = newJdbc.queryForObject("select max(id) from redirect", Long.class);
			newJdbc.update("insert into redirect (old_path, target, created_at, updated_at)"
					+ " values ('/une-autre', '/fr/', current_timestamp, current_timestamp)");
			assertThat(newJdbc.queryForObject("select id from redirect where old_path = '/une-autre'", Long.class))
				.isGreaterThan(newest);

			assertThat(newMvc.post()
				.multipart()
				.uri("/admin/archive/import")
				.file(new MockMultipartFile("archive", "site.zip", "application/zip", Files.readAllBytes(archive)))
				.with(user(importer))
				.with(csrf())).hasStatusOk().bodyText().contains("Ce site n’est pas vide", "Rien n’a été modifié");
		}
	}

	@Test
	void anArchiveThatCannotBeImportedLeavesTheNewSiteAsItWas() throws Exception {
		Path archive = export();
		// The same archive, with a file whose name climbs out of the media directory.
		Path hostile = Files.createTempFile("hostile-", ".zip");
		try (ZipFile original = new ZipFile(archive.toFile());
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(hostile))) {
			for (ZipEntry entry : original.stream().toList()) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				original.getInputStream(entry).transferTo(out);
				out.closeEntry();
			}
			out.putNextEntry(new ZipEntry("media/../../escaped.txt"));
			out.write("out".getBytes(StandardCharsets.UTF_8));
			out.closeEntry();
		}
		Path media = Files.createDirectories(Path.of("target/archive-test/refusing-site-" + UUID.randomUUID()));
		try (SecondInstance newSite = SecondInstance.ofANewSite(this.dataSource, media,
				"mmm.admin.email=someone@example.org", "mmm.admin.password=" + AccountFixtures.PASSWORD)) {
			MockMvcTester newMvc = mvcOf(newSite);
			UserDetails importer = newSite.context()
				.getBean(UserDetailsService.class)
				.loadUserByUsername("someone@example.org");

			assertThat(newMvc.get().uri("/admin/archive").with(user(importer))).hasStatusOk()
				.bodyText()
				.contains("Importer l’archive")
				.doesNotContain("Ce site a déjà du contenu");
			assertThat(importArchive(newMvc, importer, hostile)).hasStatusOk()
				.bodyText()
				.contains("un nom que le site n’accepte pas (../../escaped.txt)", "Rien n’a été modifié");
			assertThat(importArchive(newMvc, importer,
					Files.write(Files.createTempFile("not-", ".zip"), "not a zip".getBytes(StandardCharsets.UTF_8))))
				.hasStatusOk()
				.bodyText()
				.contains("ne peut pas être lu comme une archive ZIP");

			JdbcTemplate newJdbc = new JdbcTemplate(newSite.context().getBean(DataSource.class));
			assertThat(newJdbc.queryForObject("select count(*) from news_post", Long.class)).isZero();
			assertThat(newJdbc.queryForObject("select count(*) from account", Long.class)).isOne();
			try (Stream<Path> files = Files.walk(media)) {
				assertThat(files.filter(Files::isRegularFile)).as("files left in the new site's media").isEmpty();
			}
			assertThat(media.resolveSibling("escaped.txt")).doesNotExist();

			// A file in the media storage makes the site not empty: an import that failed
			// would remove what it stored, and that file must not be one of them.
			Path kept = Files.createDirectories(media.resolve("2026/01")).resolve("kept.jpg");
			Files.write(kept, new byte[] { 1, 2, 3 });
			assertThat(importArchive(newMvc, importer, archive)).hasStatusOk()
				.bodyText()
				.contains("sa médiathèque contient déjà des fichiers (par exemple 2026/01/kept.jpg)",
						"Rien n’a été modifié");
			assertThat(kept).exists();
			assertThat(newJdbc.queryForObject("select count(*) from news_post", Long.class)).isZero();
		}
	}

	@Test
	void theCommandLineExportsAFileAndImportsItIntoANewSiteWhoseAdminsThenGetALink(@TempDir Path work)
			throws Exception {
		Path archive = work.resolve("site.zip");
		ArchiveCommand export = command(this.context, ArchiveCommand.EXPORT, archive);
		export.run(null);
		assertThat(export.getExitCode()).isZero();
		assertThat(work.resolve("site.zip.partial")).doesNotExist();
		try (ZipFile zip = new ZipFile(archive.toFile())) {
			assertThat(zip.getEntry("mmm-site-archive.json")).isNotNull();
		}

		ArchiveCommand intoThisSite = command(this.context, ArchiveCommand.IMPORT, archive);
		intoThisSite.run(null);
		assertThat(intoThisSite.getExitCode()).as("a site with content").isOne();
		ArchiveCommand nothing = command(this.context, ArchiveCommand.IMPORT, work.resolve("none.zip"));
		nothing.run(null);
		assertThat(nothing.getExitCode()).as("no such file").isOne();

		Path media = Files.createDirectories(work.resolve("media"));
		try (SecondInstance newSite = SecondInstance.ofANewSite(this.dataSource, media)) {
			ArchiveCommand importer = command(newSite.context(), ArchiveCommand.IMPORT, archive);
			importer.run(null);
			assertThat(importer.getExitCode()).isZero();
			JdbcTemplate newJdbc = new JdbcTemplate(newSite.context().getBean(DataSource.class));
			assertThat(newJdbc.queryForObject("select count(*) from news_post", Long.class))
				.isEqualTo(this.jdbc.queryForObject("select count(*) from news_post", Long.class));
			// Nobody has a password there: each admin, and only they, got a link to
			// choose one.
			assertThat(newJdbc.queryForList("select a.email from account_token t join account a on a.id = t.account_id",
					String.class))
				.contains(this.admin.email())
				.doesNotContain(this.editor.getEmail());
		}
	}

	private static ArchiveCommand command(ApplicationContext context, String property, Path file) {
		return new ArchiveCommand(context.getBean(SiteExport.class), context.getBean(SiteImport.class),
				context.getBean(Accounts.class), new MockEnvironment().withProperty(property, file.toString()),
				context.getBean(MessageSource.class));
	}

	@Test
	void onlyAdminsExportOrImport() {
		AccountPrincipal editorPrincipal = TestAccounts.principal(this.editor);
		assertThat(this.mvc.post().uri("/admin/archive/export").with(user(editorPrincipal)).with(csrf()))
			.hasStatus(403);
		assertThat(this.mvc.get().uri("/admin/archive").with(user(editorPrincipal))).hasStatus(403);
		assertThat(this.mvc.post().uri("/admin/archive/export").with(csrf())).hasStatus3xxRedirection();
	}

	private Path export() throws IOException {
		MvcTestResult exported = this.mvc.post()
			.uri("/admin/archive/export")
			.with(user(this.admin))
			.with(csrf())
			.exchange();
		assertThat(exported).hasStatusOk()
			.hasContentType("application/zip")
			.headers()
			.hasValue(HttpHeaders.CACHE_CONTROL, "no-store");
		assertThat(exported.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
			.startsWith("attachment; filename=\"mmm-belgium-");
		Path archive = Files.createTempFile("site-", ".zip");
		Files.write(archive, exported.getResponse().getContentAsByteArray());
		return archive;
	}

	private void checkNothingSecretIsInIt(Path archive) throws IOException {
		try (ZipFile zip = new ZipFile(archive.toFile())) {
			String accounts = new String(zip.getInputStream(zip.getEntry("tables/account.jsonl")).readAllBytes(),
					StandardCharsets.UTF_8);
			assertThat(accounts).contains(this.admin.email(), this.editor.getEmail())
				.doesNotContain("password_hash", this.editorHash, "JBSWY3DPEHPK3PXP", "totp");
			assertThat(zip.getEntry("tables/news_post.jsonl")).isNotNull();
			assertThat(zip.getEntry("tables/revision.jsonl")).isNotNull();
			for (String leftOut : List.of("spring_session", "account_token", "recovery_code", "login_throttle",
					"audit_event", "shared_secret", "autosave")) {
				assertThat(zip.getEntry("tables/" + leftOut + ".jsonl")).as(leftOut).isNull();
			}
			assertThat(zip.stream().filter((entry) -> entry.getName().startsWith("media/")).count()).as("media files")
				.isGreaterThan(10);
		}
	}

	private void checkAccounts(JdbcTemplate newJdbc) {
		// The importer keeps the password of the new site; the editor has none, and no
		// second factor, until they choose one through a link.
		assertThat(newJdbc.queryForObject("select password_hash is not null from account where email = ?",
				Boolean.class, this.admin.email()))
			.isTrue();
		assertThat(newJdbc.queryForList("select password_hash, totp_secret, totp_enabled from account where email = ?",
				this.editor.getEmail()))
			.singleElement()
			.satisfies((row) -> {
				assertThat(row.get("password_hash")).isNull();
				assertThat(row.get("totp_secret")).isNull();
				assertThat(row.get("totp_enabled")).isEqualTo(false);
			});
		assertThat(newJdbc.queryForList(
				"select a.email from news_post n join account a on a.id = n.author_id where n.author_id is not null",
				String.class))
			.containsExactly(this.editor.getEmail());
	}

	/**
	 * Follows every link of the old site from its home pages and sitemaps, and asks both
	 * sites for each address: same status, same type, same bytes, same redirect.
	 */
	private int compareEveryPublicAddress(SecondInstance newSite) throws IOException, InterruptedException {
		HttpClient http = HttpClient.newHttpClient();
		Set<String> seen = new LinkedHashSet<>();
		Deque<String> queue = new ArrayDeque<>(List.of("/fr/", "/nl/", "/en/", "/sitemap.xml", "/robots.txt",
				"/ancienne-adresse", "/fr/actualites/retiree", "/qui-sommes-nous/mission-vision"));
		while (!queue.isEmpty()) {
			String path = queue.poll();
			if (!seen.add(path)) {
				continue;
			}
			HttpResponse<byte[]> old = get(http, "http://127.0.0.1:" + this.port + path);
			HttpResponse<byte[]> imported = get(http, newSite.url(path));
			assertThat(imported.statusCode()).as(path).isEqualTo(old.statusCode());
			for (String header : List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.LOCATION)) {
				assertThat(imported.headers().firstValue(header)).as(path + " " + header)
					.isEqualTo(old.headers().firstValue(header));
			}
			String type = old.headers().firstValue(HttpHeaders.CONTENT_TYPE).orElse("");
			if (type.startsWith("text/") || type.contains("xml") || type.contains("json")) {
				// Text first, so that a difference reads as one.
				assertThat(new String(imported.body(), StandardCharsets.UTF_8)).as(path)
					.isEqualTo(new String(old.body(), StandardCharsets.UTF_8));
			}
			assertThat(imported.body()).as(path).isEqualTo(old.body());
			if (type.contains("html") || type.contains("xml")) {
				links(new String(old.body(), StandardCharsets.UTF_8)).forEach(queue::add);
			}
		}
		assertThat(seen).anyMatch((path) -> path.startsWith("/media/"))
			.anyMatch((path) -> path.contains("/feed") || path.endsWith(".rss") || path.endsWith(".atom"));
		return seen.size();
	}

	private static HttpResponse<byte[]> get(HttpClient http, String url) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/** The addresses of this site that a page or a feed links to. */
	private static List<String> links(String body) {
		List<String> links = new ArrayList<>();
		Matcher matcher = LINK.matcher(body);
		while (matcher.find()) {
			if (matcher.group(3) != null) {
				for (String candidate : matcher.group(3).split(",")) {
					links.add(candidate.strip().split("\\s+")[0]);
				}
			}
			else {
				links.add((matcher.group(1) != null) ? matcher.group(1) : matcher.group(2).strip());
			}
		}
		return links.stream()
			.map((link) -> link.replace("&amp;", "&"))
			.map((link) -> link.startsWith(BASE + "/") ? link.substring(BASE.length()) : link)
			.filter((link) -> link.startsWith("/") && !link.startsWith("//") && !link.startsWith("/admin"))
			.map((link) -> link.contains("#") ? link.substring(0, link.indexOf('#')) : link)
			.toList();
	}

	private static MvcTestResult importArchive(MockMvcTester mvc, UserDetails importer, Path archive)
			throws IOException {
		return mvc.post()
			.multipart()
			.uri("/admin/archive/import")
			.file(new MockMultipartFile("archive", "site.zip", "application/zip", Files.readAllBytes(archive)))
			.with(user(importer))
			.with(csrf())
			.exchange();
	}

	private static MockMvcTester mvcOf(SecondInstance site) {
		MockMvc mockMvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) site.context())
			.apply(springSecurity())
			.build();
		return MockMvcTester.create(mockMvc);
	}

}
