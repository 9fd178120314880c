package be.mmmbelgium.site.test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The site's embedded default, as {@code ./mvnw spring-boot:run} starts it with nothing
 * configured: an H2 file database in PostgreSQL mode. A test that runs on it gets a fresh
 * one of its own under {@code target}, with its media beside it.
 */
public final class EmbeddedDatabase {

	private EmbeddedDatabase() {
	}

	/**
	 * Points the site at a new embedded database and media folder under {@code target}.
	 */
	public static Path inTarget(DynamicPropertyRegistry registry) {
		Path directory = Path.of(".", "target", "embedded-" + UUID.randomUUID());
		registry.add("spring.datasource.url",
				() -> defaultUrl().replace("./data/", directory.toString().replace('\\', '/') + "/"));
		registry.add("mmm.media.directory", () -> directory.resolve("media").toString());
		return directory;
	}

	/**
	 * The datasource URL of {@code application.yml}, read as a visitor's machine would.
	 */
	public static String defaultUrl() {
		try (InputStream in = EmbeddedDatabase.class.getResourceAsStream("/application.yml")) {
			String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return yaml.lines()
				.map(String::strip)
				.filter((line) -> line.startsWith("url: jdbc:h2:"))
				.map((line) -> line.substring("url: ".length()))
				.findFirst()
				.orElseThrow();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
