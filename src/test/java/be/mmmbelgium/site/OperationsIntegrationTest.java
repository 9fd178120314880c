package be.mmmbelgium.site;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import be.mmmbelgium.site.media.MediaLibrary;
import be.mmmbelgium.site.test.PostgresTest;
import be.mmmbelgium.site.test.TestMedia;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What those who run the site ask of it: health for the load balancer and the compose
 * file, the build it runs, and Prometheus metrics, on a management port of its own that
 * the public port does not answer for.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@PostgresTest
class OperationsIntegrationTest {

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Autowired
	MediaLibrary library;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void livenessAndReadinessAnswerOnTheManagementPortAndAsProbesOnTheMainOne() throws Exception {
		assertThat(this.managementPort).isNotEqualTo(this.port);
		for (String probe : new String[] { "/actuator/health/liveness", "/actuator/health/readiness" }) {
			HttpResponse<String> answer = get(this.managementPort, probe);
			assertThat(answer.statusCode()).as(probe).isEqualTo(200);
			assertThat(answer.body()).as(probe).contains("\"status\":\"UP\"");
		}
		assertThat(get(this.port, "/readyz").statusCode()).isEqualTo(200);
		assertThat(get(this.port, "/livez").statusCode()).isEqualTo(200);
	}

	@Test
	void eachLanguagesNewsWasRenderedBeforeTheInstanceSaidItWasReady() throws Exception {
		String metrics = get(this.managementPort, "/actuator/prometheus").body();

		for (String news : new String[] { "/fr/actualites", "/nl/nieuws", "/en/news" }) {
			assertThat(metrics).as("warmed up: " + news)
				.containsPattern("http_server_requests_seconds_count\\{[^}]*status=\"200\"[^}]*uri=\"" + news + "\"");
		}
	}

	@Test
	void theMainPortKeepsTheManagementEndpointsToItself() throws Exception {
		for (String endpoint : new String[] { "/actuator/health", "/actuator/prometheus", "/actuator/info",
				"/actuator/env", "/actuator" }) {
			assertThat(get(this.port, endpoint).statusCode()).as(endpoint).isEqualTo(404);
		}
		assertThat(get(this.managementPort, "/actuator/env").statusCode()).as("not exposed at all").isEqualTo(404);
	}

	@Test
	void infoNamesTheBuildThatRuns() throws Exception {
		HttpResponse<String> info = get(this.managementPort, "/actuator/info");

		assertThat(info.statusCode()).isEqualTo(200);
		assertThat(info.body()).contains("\"build\"")
			.contains("\"artifact\":\"mmm-belgium-site\"")
			.contains("\"version\"");
	}

	@Test
	void metricsCountRequestsByRouteKeptAnswersUploadsAndRefusedSignIns() throws Exception {
		get(this.port, "/fr/");
		get(this.port, "/fr/");
		TestMedia.add(this.library, "photo.png", TestMedia.png(40, 30));
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String signIn = browser
			.send(HttpRequest.newBuilder(URI.create(url(this.port, "/admin/login"))).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		String token = Jsoup.parse(signIn).select("input[name=_csrf]").val();
		HttpResponse<String> refused = browser.send(HttpRequest.newBuilder(URI.create(url(this.port, "/admin/login")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token + "&email=nobody%40example.org&password=wrong"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(refused.statusCode()).isEqualTo(302);

		String metrics = get(this.managementPort, "/actuator/prometheus").body();

		assertThat(metrics)
			.containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/\\{lang:fr\\|nl\\|en\\}/\"")
			.containsPattern("cache_gets_total\\{[^}]*cache=\"kept-answers\"[^}]*result=\"hit\"")
			.containsPattern("mmm_uploads_total\\{[^}]*kind=\"image\"[^}]*outcome=\"accepted\"")
			.containsPattern("mmm_audit_events_total\\{[^}]*kind=\"sign_in_failed\"[^}]*\\} 1\\.0")
			.contains("hikaricp_connections_active")
			.contains("jvm_memory_used_bytes");
	}

	private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(url(port, path))).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static String url(int port, String path) {
		return "http://127.0.0.1:" + port + path;
	}

}
