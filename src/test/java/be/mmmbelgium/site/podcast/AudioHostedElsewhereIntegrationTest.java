package be.mmmbelgium.site.podcast;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.FileSystemResource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import be.mmmbelgium.site.account.AccountPrincipal;
import be.mmmbelgium.site.account.AccountRepository;
import be.mmmbelgium.site.account.Role;
import be.mmmbelgium.site.account.TestAccounts;
import be.mmmbelgium.site.test.SiteIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * An episode's audio hosted elsewhere: its length and type read from its address, asked
 * of a real HTTPS server the test starts (with a certificate the test makes and the site
 * is told to trust), rather than typed; an address that gives no audio is an error of its
 * field, and an address inside the network is never asked.
 */
@SiteIntegrationTest
class AudioHostedElsewhereIntegrationTest {

	private static final String PASSWORD = "changeit-for-tests";

	private static final Path STORE = makeStore();

	private static final HttpsServer HOST = startHost();

	@DynamicPropertySource
	static void trustTheHost(DynamicPropertyRegistry registry) {
		registry.add("mmm.podcast.remote-audio.trust-store", () -> STORE.toUri().toString());
		registry.add("mmm.podcast.remote-audio.trust-store-password", () -> PASSWORD);
		// The test's host runs on this machine, which the site refuses to ask otherwise.
		registry.add("mmm.podcast.remote-audio.allow-private-addresses", () -> "true");
	}

	@AfterAll
	static void stopHost() {
		HOST.stop(0);
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	EpisodeRepository episodes;

	@Test
	void theLengthAndTypeOfAudioHostedElsewhereAreReadFromItsAddress() {
		PodcastSeries show = show();

		MvcTestResult saved = save(show, 11, "/episode.mp3");

		assertThat(saved).hasStatus3xxRedirection();
		Episode episode = episodeNumbered(11);
		assertThat(episode.getAudioByteLength()).isEqualTo(4242);
		assertThat(episode.getAudioMediaType()).isEqualTo("audio/mpeg");
	}

	@Test
	void aHostThatAnswersNoHeadRequestIsAskedForTheFirstByteAfterARedirect() {
		MvcTestResult saved = save(show(), 12, "/moved.m4a");

		assertThat(saved).hasStatus3xxRedirection();
		Episode episode = episodeNumbered(12);
		assertThat(episode.getAudioByteLength()).isEqualTo(98_765);
		assertThat(episode.getAudioMediaType()).isEqualTo("audio/x-m4a");
	}

	@Test
	void anAddressThatGivesNoAudioIsAnErrorOfItsField() throws Exception {
		MvcTestResult refused = save(show(), 13, "/page.html");

		assertThat(refused).hasStatusOk();
		assertThat(Jsoup.parse(refused.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.select(".error-summary a[href=#audioUrl]")
			.text()).contains("n’a pas pu être lu à cette adresse");
	}

	@Test
	void anAddressOfThisMachineIsNeverAskedInProduction() {
		RemoteAudio production = new RemoteAudio(
				new RemoteAudioProperties(Duration.ofSeconds(2), false, new FileSystemResource(STORE), PASSWORD));

		assertThat(production.measure(address("/episode.mp3"))).isEmpty();
		assertThat(production.measure("http://example.org/episode.mp3")).as("https only").isEmpty();
	}

	private MvcTestResult save(PodcastSeries show, int number, String path) {
		AccountPrincipal volunteer = TestAccounts
			.principal(this.accounts.saveAndFlush(TestAccounts.account(Role.CONTRIBUTOR, this.encoder)));
		return this.mvc.post()
			.uri("/admin/episodes/new")
			.param("seriesId", String.valueOf(show.getId()))
			.param("title", "Épisode " + number)
			.param("number", String.valueOf(number))
			.param("audioUrl", address(path))
			.param("durationSeconds", "600")
			.with(user(volunteer))
			.with(csrf())
			.exchange();
	}

	@Autowired
	PodcastSeriesRepository seriesRepository;

	private PodcastSeries show() {
		return this.seriesRepository.saveAndFlush(PodcastBuilders.series().build());
	}

	private Episode episodeNumbered(int number) {
		return this.episodes.findAll()
			.stream()
			.filter((found) -> found.getNumber() == number)
			.findFirst()
			.orElseThrow();
	}

	private static String address(String path) {
		return "https://localhost:" + HOST.getAddress().getPort() + path;
	}

	/**
	 * A key and its self-signed certificate for localhost, made with the JDK's keytool.
	 */
	private static Path makeStore() {
		try {
			Path directory = Files.createTempDirectory("remote-audio-");
			Path store = directory.resolve("host.p12");
			Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
					"-genkeypair", "-alias", "host", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2", "-dname",
					"CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12", "-keystore",
					store.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
				.redirectErrorStream(true)
				.start();
			String output = new String(keytool.getInputStream().readAllBytes());
			if (keytool.waitFor() != 0) {
				throw new IllegalStateException("keytool could not make the test certificate: " + output);
			}
			store.toFile().deleteOnExit();
			directory.toFile().deleteOnExit();
			return store;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A host of audio files as podcast hosts answer: some with HEAD, some only with a
	 * range.
	 */
	private static HttpsServer startHost() {
		try (InputStream in = Files.newInputStream(STORE)) {
			KeyStore keys = KeyStore.getInstance("PKCS12");
			keys.load(in, PASSWORD.toCharArray());
			KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
			managers.init(keys, PASSWORD.toCharArray());
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(managers.getKeyManagers(), null, null);
			HttpsServer server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.setHttpsConfigurator(new HttpsConfigurator(context));
			server.createContext("/episode.mp3", (exchange) -> answer(exchange, 200, "audio/mpeg", 4242, null));
			server.createContext("/moved.m4a", (exchange) -> {
				exchange.getResponseHeaders().add("Location", "/files/no-head.m4a");
				answer(exchange, 302, null, -1, null);
			});
			server.createContext("/files/no-head.m4a", (exchange) -> {
				if (exchange.getRequestMethod().equals("HEAD")) {
					answer(exchange, 405, null, -1, null);
				}
				else {
					answer(exchange, 206, "application/octet-stream", 1, "bytes 0-0/98765");
				}
			});
			server.createContext("/page.html", (exchange) -> answer(exchange, 200, "text/html", 120, null));
			server.start();
			return server;
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException("The test's audio host could not start", ex);
		}
	}

	private static void answer(HttpExchange exchange, int status, String type, long length, String range)
			throws IOException {
		if (type != null) {
			exchange.getResponseHeaders().add("Content-Type", type);
		}
		if (range != null) {
			exchange.getResponseHeaders().add("Content-Range", range);
		}
		boolean head = exchange.getRequestMethod().equals("HEAD");
		if (head && length > 0) {
			exchange.getResponseHeaders().add("Content-Length", String.valueOf(length));
		}
		exchange.sendResponseHeaders(status, head || length <= 0 ? -1 : length);
		if (!head && length > 0) {
			exchange.getResponseBody().write(new byte[(int) length]);
		}
		exchange.close();
	}

}
