package be.mmmbelgium.site.account;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.yaml.snakeyaml.Yaml;

import be.mmmbelgium.site.test.PostgresTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a reverse proxy that terminates HTTPS, with {@code MMM_FORWARD_HEADERS=native},
 * the site sees the request as secure (the session cookie is Secure and HSTS is sent) and
 * sees each visitor's own address, so that one visitor's wrong passwords lock out that
 * visitor alone; and the Compose deployment is set up that way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "server.forward-headers-strategy=native")
@PostgresTest
class BehindHttpsProxyIntegrationTest {

	@LocalServerPort
	int port;

	@Test
	void aRequestForwardedOverHttpsGetsASecureCookieAndHsts() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/admin/login"))
				.header("X-Forwarded-Proto", "https")
				.header("X-Forwarded-For", "203.0.113.7")
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Set-Cookie"))
			.hasValueSatisfying((cookie) -> assertThat(cookie).contains("Secure", "HttpOnly", "SameSite=Lax"));
		assertThat(response.headers().firstValue("Strict-Transport-Security")).isPresent();
	}

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void wrongPasswordsFromOneVisitorBehindTheProxyLockOutThatVisitorAlone() throws Exception {
		Account account = this.accounts.saveAndFlush(TestAccounts.account(Role.EDITOR, this.encoder));
		for (int attempt = 0; attempt < 5; attempt++) {
			assertThat(signIn("203.0.113.7", "nobody-" + attempt + "@example.org", "not the password"))
				.as("attempt " + attempt)
				.contains("/admin/login?error");
		}
		assertThat(signIn("203.0.113.7", account.getEmail(), AccountFixtures.PASSWORD)).as("the locked visitor")
			.contains("/admin/login?error");

		assertThat(signIn("198.51.100.23", account.getEmail(), AccountFixtures.PASSWORD)).as("another visitor")
			.doesNotContain("/admin/login");
	}

	@Test
	void theComposeDeploymentTrustsItsProxyAloneAndReachesTheSiteThroughIt() throws Exception {
		Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
		Map<String, Map<String, Object>> services = cast(compose.get("services"));
		Map<String, Object> app = services.get("app");
		Map<String, Object> environment = cast(app.get("environment"));
		assertThat(environment).containsEntry("MMM_FORWARD_HEADERS", "native");
		assertThat(app).as("the site is reached through the proxy alone").doesNotContainKey("ports");

		Map<String, Object> proxy = services.get("proxy");
		Map<String, Map<String, Object>> networks = cast(proxy.get("networks"));
		String proxyAddress = (String) networks.get("edge").get("ipv4_address");
		assertThat(proxyAddress).matches(String.valueOf(environment.get("MMM_TRUSTED_PROXIES")));
		assertThat(cast(proxy.get("ports")).toString()).contains("443:443");
		assertThat(Files.readString(Path.of("deploy/Caddyfile"))).contains("reverse_proxy app:8080");
	}

	@SuppressWarnings("unchecked")
	private static <T> T cast(Object value) {
		return (T) value;
	}

	/**
	 * Signs in as a visitor behind the proxy would: where the site sends the browser
	 * after.
	 */
	private String signIn(String visitor, String email, String password) throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String login = "http://localhost:" + this.port + "/admin/login";
		String form = browser
			.send(forwarded(HttpRequest.newBuilder(URI.create(login)), visitor).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
		assertThat(token.find()).isTrue();
		String body = "email=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
		HttpResponse<String> sent = browser.send(forwarded(HttpRequest.newBuilder(URI.create(login)), visitor)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(sent.statusCode()).isEqualTo(302);
		return sent.headers().firstValue("Location").orElseThrow();
	}

	/**
	 * The visitor's address, as the proxy tells it (over HTTP: the client here keeps no
	 * Secure cookie).
	 */
	private static HttpRequest.Builder forwarded(HttpRequest.Builder request, String visitor) {
		return request.header("X-Forwarded-For", visitor);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	@Test
	void aPlainRequestGetsNeither() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/admin/login")).build(),
					HttpResponse.BodyHandlers.ofString());

		assertThat(response.headers().firstValue("Set-Cookie"))
			.hasValueSatisfying((cookie) -> assertThat(cookie).doesNotContain("Secure"));
		assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

}
