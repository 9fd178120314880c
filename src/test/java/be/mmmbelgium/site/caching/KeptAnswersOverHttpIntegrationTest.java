package be.mmmbelgium.site.caching;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import be.mmmbelgium.site.page.PublishedPages;
import be.mmmbelgium.site.test.PostgresTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * A page sent again from the kept answers, through a real server, is the page first
 * rendered: the same body and the same headers, those the server writes itself included
 * ({@code Content-Language}), but the date. Without the warm-up at start, which would
 * have rendered the home pages and news lists before the test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "mmm.warm-up=false")
@PostgresTest
class KeptAnswersOverHttpIntegrationTest {

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	@MockitoSpyBean
	PublishedPages pages;

	@Test
	void aPageSentAgainCarriesTheHeadersItWasRenderedWith() throws Exception {
		for (String path : new String[] { "/fr/", "/nl/nieuws", "/en/search?q=mothers" }) {
			clearInvocations(this.pages);
			HttpResponse<String> first = get(path);
			HttpResponse<String> again = get(path);

			verify(this.pages, times(1).description("the page was rendered once, for " + path)).menu(any());
			assertThat(first.statusCode()).as(path).isEqualTo(200);
			assertThat(again.body()).as(path).isEqualTo(first.body());
			assertThat(again.headers().firstValue("Content-Language")).as(path).hasValue(path.substring(1, 3));
			assertThat(headers(again)).as(path).isEqualTo(headers(first));
		}
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** Every header but the date, by name. */
	private static Map<String, List<String>> headers(HttpResponse<String> response) {
		HttpHeaders headers = response.headers();
		Map<String, List<String>> all = new TreeMap<>(headers.map());
		all.remove("date");
		return all;
	}

}
