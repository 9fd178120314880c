package be.mmmbelgium.site.caching;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Values computed from what the public sees, such as a language's menu, computed once for
 * each {@link ContentVersion}: the first request after a change computes them again, the
 * others use them, on every instance alike since the version is read from the database.
 * Meant for a handful of keys (a language, say), not for every item.
 *
 * @param <K> what a value is computed for
 * @param <V> the value
 */
public final class PerContentVersion<K, V> {

	private final ContentVersion version;

	private final Clock clock;

	private final Function<K, V> compute;

	private volatile @Nullable Values<K, V> current;

	public PerContentVersion(ContentVersion version, Clock clock, Function<K, V> compute) {
		this.version = version;
		this.clock = clock;
		this.compute = compute;
	}

	/** The value for a key, as the content stands now. */
	public V get(K key) {
		String now = this.version.at(Instant.now(this.clock));
		Values<K, V> values = this.current;
		if (values == null || !values.version().equals(now)) {
			values = new Values<>(now, new ConcurrentHashMap<>());
			this.current = values;
		}
		// Not computeIfAbsent: a computation reads the database, and must not hold a lock
		// of the map meanwhile; two requests may compute the same value at once, alike.
		V value = values.byKey().get(key);
		if (value == null) {
			value = this.compute.apply(key);
			values.byKey().put(key, value);
		}
		return value;
	}

	private record Values<K, V>(String version, Map<K, V> byKey) {
	}

}
