package be.mmmbelgium.site;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;

import javax.sql.DataSource;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import be.mmmbelgium.site.account.AccountPrincipal;
import be.mmmbelgium.site.account.AccountRepository;
import be.mmmbelgium.site.account.Role;
import be.mmmbelgium.site.account.TestAccounts;
import be.mmmbelgium.site.test.EmbeddedDatabase;
import be.mmmbelgium.site.test.RetiredConnections;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one test on H2: with no datasource configured the site boots on its embedded file
 * database in PostgreSQL mode, migrates it, loads the demo content and serves the home
 * page, and keeps saving once the pool has replaced its connections. Every other test
 * runs on PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "mmm.demo-content=")
@AutoConfigureMockMvc
class EmbeddedDatabaseIntegrationTest {

	@DynamicPropertySource
	static void keepTheDatabaseInTarget(DynamicPropertyRegistry registry) {
		EmbeddedDatabase.inTarget(registry);
	}

	@Value("${spring.datasource.url}")
	String url;

	@Autowired
	DataSource dataSource;

	@LocalServerPort
	int port;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void theDefaultDatabaseIsAnH2FileUnderTheDataFolderInPostgresMode() {
		assertThat(EmbeddedDatabase.defaultUrl()).startsWith("jdbc:h2:file:./data/").contains("MODE=PostgreSQL");
		assertThat(this.url).startsWith("jdbc:h2:file:./target/embedded-");
	}

	@Test
	void itMigratesAndServesTheHomePageWithTheDemoContent() throws Exception {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class))
			.isPositive();
		assertThat(jdbc.queryForObject("select count(*) from news_post where language = 'fr'", Integer.class))
			.isEqualTo(6);

		HttpResponse<String> home = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/fr/")).build(),
					HttpResponse.BodyHandlers.ofString());

		assertThat(home.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(home.body());
		assertThat(page.select(".home-news h3").eachText()).first()
			.isEqualTo("Une mère presque parfaite – Nouvelle série de podcasts avec Isabelle Roskam");
		assertThat(page.select(".home-podcast h3").text()).isEqualTo("Trouver du soutien autour de soi");
	}

	@Test
	void savesStillSucceedOnceThePoolHasRetiredItsConnections() throws Exception {
		// Read back as stored, as the check of each request reads it.
		long id = this.accounts.saveAndFlush(TestAccounts.account(Role.ADMIN, this.encoder)).getId();
		AccountPrincipal admin = TestAccounts.principal(this.accounts.findById(id).orElseThrow());

		RetiredConnections.savesStillSucceed(this.mvc, this.dataSource, admin);
	}

	@Test
	void itSearchesWithThePortableSearch() throws Exception {
		HttpResponse<String> results = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/fr/recherche?q=MERES+parfaite"))
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(results.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(results.body());
		assertThat(page.select(".search-results h2").eachText()).isNotEmpty()
			.allMatch((title) -> title.toLowerCase(Locale.ROOT).contains("parfait")
					|| !page.select(".snippet mark").isEmpty());
		assertThat(page.select(".snippet mark").eachText()).anyMatch((word) -> word.equalsIgnoreCase("mères"));
		assertThat(new JdbcTemplate(this.dataSource)
			.queryForObject("select count(*) from news_post where search_folded = ''", Integer.class)).isZero();
	}

	@Test
	void aRealServerCompressesPagesAndAnswersConditionalRequests() throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		URI home = URI.create("http://localhost:" + this.port + "/fr/");
		HttpResponse<byte[]> compressed = client.send(
				HttpRequest.newBuilder(home).header("Accept-Encoding", "gzip").build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(compressed.statusCode()).isEqualTo(200);
		assertThat(compressed.headers().firstValue("Content-Encoding")).hasValue("gzip");
		String etag = compressed.headers().firstValue("ETag").orElseThrow();
		assertThat(etag).startsWith("W/\"");

		HttpResponse<String> again = client.send(
				HttpRequest.newBuilder(home).header("Accept-Encoding", "gzip").header("If-None-Match", etag).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
	}

	@Test
	void aRealServerSendsAnAddressWrittenOtherwiseToItsOneSpelling() throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		for (String written : new String[] { "/%66r/actualites", "/fr//actualites", "/fr/actualites;jsessionid=x" }) {
			HttpResponse<String> answer = client.send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + written + "?utm_source=lettre"))
						.header("Accept-Language", "nl")
						.build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(answer.statusCode()).as(written).isEqualTo(301);
			assertThat(answer.headers().firstValue("Location")).as(written)
				.hasValue("/fr/actualites?utm_source=lettre");
		}
	}

	@Test
	void aRealServerAnswersARangeBeyondAFileWithoutABodyNorCaching() throws Exception {
		String key = new JdbcTemplate(this.dataSource)
			.queryForObject("select storage_key from media_file order by id fetch first 1 rows only", String.class);
		HttpResponse<byte[]> answer = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/media/" + key))
				.header("Range", "bytes=999999999-")
				.build(), HttpResponse.BodyHandlers.ofByteArray());

		assertThat(answer.statusCode()).isEqualTo(416);
		assertThat(answer.body()).isEmpty();
		assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(answer.headers().firstValue("Content-Range"))
			.hasValueSatisfying((range) -> assertThat(range).startsWith("bytes */"));
	}

	@Test
	void theBackOfficeIsNeverMadeCacheableByWritingItsAddressOtherwise() throws Exception {
		HttpResponse<String> login = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/%61dmin/login")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(login.headers().allValues("Cache-Control")).noneMatch((value) -> value.contains("public"));
		assertThat(login.headers().firstValue("ETag")).isEmpty();
	}

}
