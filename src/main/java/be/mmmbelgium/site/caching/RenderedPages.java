package be.mmmbelgium.site.caching;

import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;

/**
 * The public answers this instance rendered last, each kept under its address and the
 * {@link ContentVersion} it was rendered at, so that a visitor asking again for a page
 * nothing changed in gets it without the database or the templates. A change to the
 * content changes the version, so a kept answer is never served after it; the answers
 * asked for least make room for new ones within a bounded memory.
 */
class RenderedPages {

	private final long capacity;

	private final Cache<String, Rendered> answers;

	/**
	 * Keeps rendered answers up to a number of bytes.
	 * @param capacity how many bytes of answers this instance keeps at most
	 */
	RenderedPages(long capacity) {
		this.capacity = capacity;
		this.answers = Caffeine.newBuilder()
			// Hits and misses, for the metrics (HttpCachingConfiguration).
			.recordStats()
			.maximumWeight(capacity)
			.weigher((String key, Rendered answer) -> answer.size())
			// Room is made by the request that keeps an answer, as soon as it keeps it,
			// rather than later on a shared pool of threads.
			.executor(Runnable::run)
			.build();
	}

	/** The answers kept, for the metrics of their hits and misses. */
	Cache<String, Rendered> answers() {
		return this.answers;
	}

	@Nullable Rendered find(String address, String version) {
		return this.answers.getIfPresent(key(address, version));
	}

	/**
	 * Keeps an answer, unless it would take more than a quarter of the memory given (the
	 * largest sitemaps), which is rendered each time rather than push out many pages.
	 */
	void keep(String address, String version, Rendered answer) {
		if (answer.size() > this.capacity / 4) {
			return;
		}
		this.answers.put(key(address, version), answer);
	}

	private static String key(String address, String version) {
		return version + " " + address;
	}

	/**
	 * A rendered answer, as it is sent.
	 *
	 * @param body the answer's body, as sent
	 * @param contentType its {@code Content-Type}
	 * @param contentLanguage its {@code Content-Language}, if any
	 * @param headers its other headers that belong to the answer rather than to the
	 * moment it is sent (the security policies, {@code X-Robots-Tag}…), by name
	 */
	record Rendered(byte[] body, String contentType, @Nullable String contentLanguage,
			Map<String, List<String>> headers) {

		Rendered {
			headers = Map.copyOf(headers);
		}

		/**
		 * About how many bytes it takes to keep: its body and the characters of its
		 * headers.
		 */
		int size() {
			int size = this.body.length + length(this.contentType) + length(this.contentLanguage);
			for (Map.Entry<String, List<String>> header : this.headers.entrySet()) {
				size += header.getKey().length();
				for (String value : header.getValue()) {
					size += length(value);
				}
			}
			return size;
		}

		private static int length(@Nullable String text) {
			return (text != null) ? text.length() : 0;
		}

	}

}
