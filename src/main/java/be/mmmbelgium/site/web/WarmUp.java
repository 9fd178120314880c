package be.mmmbelgium.site.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Asks the site for its most visited pages once, as it starts, before it says it is ready
 * ({@code /readyz}: Spring Boot says so once this is done). What the first request of a
 * page does once (its templates read, its queries checked, the content version read, the
 * answer kept) is then done before a load balancer that checks readiness sends visitors:
 * an instance started again during a busy moment does not keep them waiting seconds.
 * Switched off with {@code mmm.warm-up=false}.
 */
@Component
@ConditionalOnProperty(name = "mmm.warm-up", havingValue = "true", matchIfMissing = true)
class WarmUp implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(WarmUp.class);

	private final ApplicationContext context;

	private final Environment environment;

	private final SitePaths paths;

	WarmUp(ApplicationContext context, Environment environment, SitePaths paths) {
		this.context = context;
		this.environment = environment;
		this.paths = paths;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!(this.context instanceof WebServerApplicationContext server) || server.getWebServer() == null) {
			return;
		}
		String host = this.environment.getProperty("server.address", "127.0.0.1");
		String base = "http://" + ("0.0.0.0".equals(host) ? "127.0.0.1" : host) + ":" + server.getWebServer().getPort();
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		long start = System.nanoTime();
		for (String path : pages()) {
			try {
				client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(),
						HttpResponse.BodyHandlers.discarding());
			}
			catch (IOException ex) {
				logger.debug("Warm-up request {} failed: {}", path, ex.getMessage());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		logger.info("Warmed up in {} ms", (System.nanoTime() - start) / 1_000_000);
	}

	/** Each language's home page and news. */
	private List<String> pages() {
		List<String> pages = new ArrayList<>();
		for (Language language : Language.values()) {
			pages.add("/" + language.code() + "/");
			pages.add(this.paths.news(language));
		}
		return pages;
	}

}
