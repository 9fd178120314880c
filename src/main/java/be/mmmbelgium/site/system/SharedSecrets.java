package be.mmmbelgium.site.system;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keys that every instance of the site must hold the same, such as the one that signs a
 * cookie which any instance may be asked to check. Each is drawn at random by the first
 * instance that needs it and kept in the database, where the others find it; nothing has
 * to be configured, and a restart keeps it.
 */
@Component
public class SharedSecrets {

	private static final int BYTES = 32;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	private final Map<String, byte[]> known = new ConcurrentHashMap<>();

	SharedSecrets(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The key of this name, 32 random bytes, the same on every instance. */
	public byte[] named(String name) {
		return this.known.computeIfAbsent(name, this::readOrDraw).clone();
	}

	private byte[] readOrDraw(String name) {
		List<String> stored = stored(name);
		if (stored.isEmpty()) {
			byte[] drawn = new byte[BYTES];
			this.random.nextBytes(drawn);
			try {
				this.jdbc.sql("insert into shared_secret (name, secret, created_at) values (?, ?, ?)")
					.params(name, Base64.getEncoder().encodeToString(drawn), OffsetDateTime.now(this.clock))
					.update();
			}
			catch (DuplicateKeyException ex) {
				// Another instance drew it at the same moment: its key is the one kept.
			}
			stored = stored(name);
		}
		return Base64.getDecoder().decode(stored.get(0));
	}

	private List<String> stored(String name) {
		return this.jdbc.sql("select secret from shared_secret where name = ?").param(name).query(String.class).list();
	}

}
