package be.mmmbelgium.site.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import be.mmmbelgium.site.account.Account;
import be.mmmbelgium.site.account.AccountFixtures;
import be.mmmbelgium.site.account.AccountRepository;
import be.mmmbelgium.site.account.Role;
import be.mmmbelgium.site.account.TestAccounts;
import be.mmmbelgium.site.test.PostgresTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What only a real server shows: malformed multipart bodies on every form that uploads,
 * forms sent with a forged or without a CSRF token on every POST route, bytes that are
 * not UTF-8 in addresses and bodies, and an address of a megabyte. Each is answered with
 * a 4xx (a 403 with the site's error page for a forged request), or for a body without
 * any part as a form sent empty; never a 5xx.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@PostgresTest
class MalformedRequestsIntegrationTest {

	static final List<String> UPLOADING_FORMS = List.of("/admin/media", "/admin/news/new", "/admin/episodes/new",
			"/admin/podcasts/new");

	/**
	 * A body without a part under the announced boundary is a form sent empty: it may
	 * also be answered as one, with the form's messages.
	 */
	static final String EMPTY = "no part";

	@LocalServerPort
	int port;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	HttpClient http;

	String csrfToken;

	@BeforeEach
	void signInAsAnAdmin() throws Exception {
		this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		Account admin = this.accounts.saveAndFlush(TestAccounts.account(Role.ADMIN, this.encoder));
		String loginToken = token(get("/admin/login"));
		HttpResponse<String> signedIn = post("/admin/login", "application/x-www-form-urlencoded",
				form(Map.of("email", admin.getEmail(), "password", AccountFixtures.PASSWORD, "_csrf", loginToken)),
				Map.of());
		assertThat(signedIn.statusCode()).as("signed in").isEqualTo(302);
		this.csrfToken = token(get("/admin/media"));
	}

	@Test
	void malformedMultipartBodiesAreRefusedWithA4xx() throws Exception {
		String boundary = "----hostile" + System.nanoTime();
		String part = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nTitre\r\n";
		Map<String, String[]> bodies = new LinkedHashMap<>();
		bodies.put("truncated boundary",
				new String[] { "multipart/form-data; boundary=" + boundary, part + "--" + boundary.substring(0, 5) });
		bodies.put("no closing boundary",
				new String[] { "multipart/form-data; boundary=" + boundary,
						part + "--" + boundary
								+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\n"
								+ "Content-Type: image/png\r\n\r\n\u0089PNG" });
		bodies.put("missing boundary", new String[] { "multipart/form-data", part + "--" + boundary + "--\r\n" });
		bodies.put(EMPTY + " (another boundary)",
				new String[] { "multipart/form-data; boundary=other", part + "--" + boundary + "--\r\n" });
		bodies.put(EMPTY + " (not multipart)",
				new String[] { "multipart/form-data; boundary=" + boundary, "title=Titre" });
		bodies.put("huge part header",
				new String[] { "multipart/form-data; boundary=" + boundary,
						"--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"; x=\""
								+ "h".repeat(200_000) + "\"\r\n\r\nT\r\n--" + boundary + "--\r\n" });
		List<String> failures = new ArrayList<>();

		for (String path : UPLOADING_FORMS) {
			for (Map.Entry<String, String[]> body : bodies.entrySet()) {
				HttpResponse<String> response = post(path, body.getValue()[0], body.getValue()[1],
						Map.of("X-CSRF-TOKEN", this.csrfToken));
				boolean readsAsEmpty = body.getKey().startsWith(EMPTY);
				if (readsAsEmpty ? response.statusCode() >= 500 : response.statusCode() / 100 != 4) {
					failures.add(path + " with " + body.getKey() + ": " + response.statusCode());
				}
			}
		}

		assertThat(failures).as("malformed multipart bodies not refused with a 4xx").isEmpty();
	}

	@Test
	void everyPostWithAForgedOrMissingCsrfTokenIsRefusedWithTheSitesErrorPage() throws Exception {
		Set<String> routes = new TreeSet<>(List.of("/admin/login", "/admin/logout"));
		for (RequestMappingInfo mapping : this.mappings.getHandlerMethods().keySet()) {
			if (mapping.getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
				routes.addAll(mapping.getPatternValues());
			}
		}
		assertThat(routes).as("POST routes").hasSizeGreaterThan(40);
		List<String> failures = new ArrayList<>();

		for (String route : routes) {
			String path = route.replaceAll("\\{[a-z]+}", "1");
			for (String token : new String[] { null, "forged-" + this.csrfToken.substring(1), "" }) {
				Map<String, String> fields = new LinkedHashMap<>(Map.of("title", "Titre", "language", "FR"));
				if (token != null) {
					fields.put("_csrf", token);
				}
				HttpResponse<String> response = post(path, "application/x-www-form-urlencoded", form(fields), Map.of());
				Document page = Jsoup.parse(response.body());
				if (response.statusCode() != 403 || page.select("h1").text().isBlank()
						|| response.body().contains("Exception")) {
					failures.add(route + " with token " + token + ": " + response.statusCode() + " "
							+ page.select("h1").text());
				}
			}
		}

		assertThat(failures).as("forged requests not refused with the site's 403 page").isEmpty();
	}

	@Test
	void bytesThatAreNotUtf8AreRefusedOrShownAsText() throws Exception {
		List<String> failures = new ArrayList<>();
		for (byte[] invalid : HostileInputs.INVALID_UTF8) {
			String encoded = percentEncoded(invalid);
			for (String path : new String[] { "/fr/recherche?q=" + encoded, "/fr/actualites/" + encoded,
					"/admin/news?q=" + encoded, "/media/" + encoded }) {
				checkNo5xx(failures, path, rawRequest("GET " + path, new byte[0]));
			}
			for (String path : new String[] { "/fr/recherche?q=", "/fr/" }) {
				checkNo5xx(failures, path + " raw", rawRequest("GET " + path, invalid));
			}
			byte[] body = concat("title=".getBytes(StandardCharsets.US_ASCII), invalid);
			checkNo5xx(failures, "POST /admin/redirects/new body", post("/admin/redirects/new", body).statusCode());
		}
		checkNo5xx(failures, "1 MB query", get("/fr/recherche?q=" + "a".repeat(1 << 20)).statusCode());

		assertThat(failures).as("answers to bytes that are not UTF-8").isEmpty();
	}

	private static void checkNo5xx(List<String> failures, String what, int status) {
		if (status >= 500 || status < 100) {
			failures.add(what + ": " + status);
		}
	}

	/**
	 * Sends a request line whose address ends with {@code raw}, unencoded, as no HTTP
	 * library would, and reads the status of the answer.
	 */
	private int rawRequest(String requestLine, byte[] raw) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			OutputStream out = socket.getOutputStream();
			out.write(concat(requestLine.getBytes(StandardCharsets.US_ASCII), raw));
			out.write(" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			String statusLine = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
			return statusLine.startsWith("HTTP/1.1 ") ? Integer.parseInt(statusLine.substring(9, 12)) : -1;
		}
	}

	private HttpResponse<String> post(String path, byte[] body) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-CSRF-TOKEN", this.csrfToken)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String type, String body, Map<String, String> headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Content-Type", type)
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.ISO_8859_1));
		headers.forEach(request::header);
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String token(HttpResponse<String> page) {
		String token = Jsoup.parse(page.body()).select("input[name=_csrf]").val();
		assertThat(token).as("CSRF token of the page").isNotEmpty();
		return token;
	}

	private static String form(Map<String, String> fields) {
		StringBuilder form = new StringBuilder();
		fields.forEach((name, value) -> form.append(form.isEmpty() ? "" : "&")
			.append(name)
			.append('=')
			.append(HostileInputs.urlEncoded(value)));
		return form.toString();
	}

	private static String percentEncoded(byte[] bytes) {
		StringBuilder encoded = new StringBuilder();
		for (byte b : bytes) {
			encoded.append('%').append(String.format("%02X", b & 0xFF));
		}
		return encoded.toString();
	}

	private static byte[] concat(byte[] first, byte[] second) {
		ByteArrayOutputStream both = new ByteArrayOutputStream();
		both.writeBytes(first);
		both.writeBytes(second);
		return both.toByteArray();
	}

}
