package be.mmmbelgium.site.account.signin;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import be.mmmbelgium.site.account.Account;
import be.mmmbelgium.site.account.AccountFixtures;
import be.mmmbelgium.site.account.AccountRepository;
import be.mmmbelgium.site.account.Role;
import be.mmmbelgium.site.test.PostgresTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone signed out opens a back-office address from a bookmark, signs in, and lands on
 * that address: through a real server, with the redirect resolved as a browser resolves
 * it. The address to go back to is a path of this site, never a host read from the
 * request, however the query string is made.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@PostgresTest
class SignInFromABookmarkIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@ParameterizedTest
	@ValueSource(strings = { "/admin", "/admin/news", "/admin/news?stage=DRAFT&q=m%C3%A8re",
			"/admin/news?q=a://///evil.example/x", "/admin/news?q=//evil.example", "/admin/episodes/new" })
	void signingInLeadsBackToTheBookmarkedAddressOnThisSite(String bookmark) throws Exception {
		Account account = AccountFixtures.account(this.accounts, this.encoder, Role.EDITOR);
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

		HttpResponse<String> signedOut = get(browser, site(bookmark));
		assertThat(signedOut.statusCode()).isEqualTo(302);
		URI login = site(bookmark).resolve(signedOut.headers().firstValue("Location").orElseThrow());
		assertThat(login.getPath()).isEqualTo("/admin/login");

		String csrf = Jsoup.parse(get(browser, login).body()).selectFirst("input[name=_csrf]").val();
		HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(login)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("email=" + encode(account.getEmail()) + "&password="
					+ encode(AccountFixtures.PASSWORD) + "&_csrf=" + encode(csrf)))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(signedIn.statusCode()).isEqualTo(302);
		String location = signedIn.headers().firstValue("Location").orElseThrow();
		assertThat(location).as("a path of this site").startsWith("/").doesNotStartWith("//");
		URI landing = login.resolve(location);
		assertThat(landing.getAuthority()).isEqualTo("localhost:" + this.port);
		assertThat(landing.getRawPath() + (landing.getRawQuery() == null ? "" : "?" + landing.getRawQuery()))
			.isEqualTo(bookmark);
		assertThat(get(browser, landing).statusCode()).isEqualTo(200);
	}

	private URI site(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static HttpResponse<String> get(HttpClient browser, URI uri) throws IOException, InterruptedException {
		return browser.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
