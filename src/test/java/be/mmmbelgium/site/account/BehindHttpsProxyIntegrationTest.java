package be.mmmbelgium.site.account;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import be.mmmbelgium.site.test.PostgresTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a reverse proxy that terminates HTTPS, with {@code MMM_FORWARD_HEADERS=native}, the
 * site sees the request as secure: the session cookie is Secure and HSTS is sent.
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
		assertThat(response.headers().firstValue("Set-Cookie")).hasValueSatisfying(
				(cookie) -> assertThat(cookie).contains("Secure", "HttpOnly", "SameSite=Lax"));
		assertThat(response.headers().firstValue("Strict-Transport-Security")).isPresent();
	}

	@Test
	void aPlainRequestGetsNeither() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/admin/login")).build(),
					HttpResponse.BodyHandlers.ofString());

		assertThat(response.headers().firstValue("Set-Cookie")).hasValueSatisfying(
				(cookie) -> assertThat(cookie).doesNotContain("Secure"));
		assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

}
