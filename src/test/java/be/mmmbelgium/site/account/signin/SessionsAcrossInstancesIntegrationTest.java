package be.mmmbelgium.site.account.signin;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import be.mmmbelgium.site.account.Account;
import be.mmmbelgium.site.account.AccountFixtures;
import be.mmmbelgium.site.account.AccountRepository;
import be.mmmbelgium.site.account.Role;
import be.mmmbelgium.site.account.TestAccounts;
import be.mmmbelgium.site.test.PostgresTest;
import be.mmmbelgium.site.test.SecondInstance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the site on one database, as behind a load balancer that sends each
 * request where it likes: a session begun on one is known by the other (started after the
 * sign-in, so also after a restart), and a text kept when a session ended on one is given
 * back through the other.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "mmm.demo-content=false")
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionsAcrossInstancesIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	private Account volunteer;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient browser = HttpClient.newBuilder()
		.cookieHandler(this.cookies)
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private SecondInstance other;

	@BeforeAll
	void signInOnThisInstanceThenStartAnother() throws Exception {
		this.volunteer = this.accounts.save(TestAccounts.account(Role.CONTRIBUTOR, this.encoder));
		HttpResponse<String> signedIn = signIn(this.browser, here("/admin/login"));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).hasValue("/admin");
		this.other = SecondInstance.sharing(this.dataSource, Path.of("target/test-media"));
	}

	@AfterAll
	void stopTheOther() {
		if (this.other != null) {
			this.other.close();
		}
	}

	@Test
	void aSessionBegunOnOneInstanceIsKnownByAnInstanceStartedAfterIt() throws Exception {
		HttpResponse<String> start = this.browser.send(get(this.other.url("/admin")),
				HttpResponse.BodyHandlers.ofString());

		assertThat(start.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(start.body()).select("form[action=/admin/logout]")).hasSize(1);
	}

	@Test
	void aFormSentAfterTheSessionEndedIsKeptByOneInstanceAndGivenBackByTheOther() throws Exception {
		String mark = this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals("MMM_WRITER"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElseThrow();
		String ended = Base64.getEncoder().encodeToString("a-session-that-ended".getBytes(StandardCharsets.US_ASCII));
		HttpResponse<String> kept = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(here("/admin/news/new")))
				.header("Cookie", "MMM_WRITER=" + mark + "; MMM_SESSION=" + ended)
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(form(Map.of("_csrf", "the-ended-session-token", "language", "FR", "title",
						"Écrit sur une instance", "body", "Gardé par l’une, rendu par l’autre.")))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(kept.statusCode()).isEqualTo(302);
		assertThat(kept.headers().firstValue("Location")).hasValue("/admin/login?kept");

		// The browser goes on with the session that keeps the text, through the other
		// instance.
		CookieManager keptCookies = new CookieManager();
		HttpClient keeping = HttpClient.newBuilder()
			.cookieHandler(keptCookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String session = kept.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("MMM_SESSION="))
			.findFirst()
			.orElseThrow();
		keptCookies.getCookieStore().add(URI.create(this.other.url("/")), HttpCookie.parse(session).get(0));
		HttpResponse<String> signedIn = signIn(keeping, this.other.url("/admin/login"));
		assertThat(signedIn.headers().firstValue("Location")).hasValue("/admin/news/new");
		HttpResponse<String> form = keeping.send(get(this.other.url("/admin/news/new")),
				HttpResponse.BodyHandlers.ofString());
		assertThat(Jsoup.parse(form.body()).select("#title").val()).isEqualTo("Écrit sur une instance");
		assertThat(Jsoup.parse(form.body()).select("#body").text()).isEqualTo("Gardé par l’une, rendu par l’autre.");
	}

	private HttpResponse<String> signIn(HttpClient client, String address) throws IOException, InterruptedException {
		HttpResponse<String> page = client.send(get(address), HttpResponse.BodyHandlers.ofString());
		String token = Jsoup.parse(page.body()).select("input[name=_csrf]").val();
		return client.send(HttpRequest.newBuilder(URI.create(address))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(form(
					Map.of("_csrf", token, "email", this.volunteer.getEmail(), "password", AccountFixtures.PASSWORD)))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String here(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	private static HttpRequest get(String address) {
		return HttpRequest.newBuilder(URI.create(address)).build();
	}

	private static HttpRequest.BodyPublisher form(Map<String, String> fields) {
		return HttpRequest.BodyPublishers.ofString(fields.entrySet()
			.stream()
			.map((field) -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&")));
	}

}
