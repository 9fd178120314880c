package be.mmmbelgium.site.caching;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The public answers this instance rendered last, each kept under its address and the
 * {@link ContentVersion} it was rendered at, so that a visitor asking again for a page
 * nothing changed in gets it without the database or the templates. A change to the
 * content changes the version, so a kept answer is never served after it; the oldest
 * answers make room for new ones within a bounded memory.
 */
class RenderedPages {

	private final long capacity;

	private long size;

	private final LinkedHashMap<String, Rendered> answers = new LinkedHashMap<>(256, 0.75f, true);

	/**
	 * Keeps rendered answers up to a number of bytes.
	 * @param capacity how many bytes of answers this instance keeps at most
	 */
	RenderedPages(long capacity) {
		this.capacity = capacity;
	}

	synchronized Rendered find(String address, String version) {
		return this.answers.get(key(address, version));
	}

	/**
	 * Keeps an answer, unless it would take more than a quarter of the memory given (the
	 * largest sitemaps), which is rendered each time rather than push out many pages.
	 */
	synchronized void keep(String address, String version, Rendered answer) {
		if (answer.body().length > this.capacity / 4) {
			return;
		}
		Rendered replaced = this.answers.put(key(address, version), answer);
		this.size += answer.body().length - (replaced == null ? 0 : replaced.body().length);
		var oldest = this.answers.entrySet().iterator();
		while (this.size > this.capacity && oldest.hasNext()) {
			Map.Entry<String, Rendered> entry = oldest.next();
			this.size -= entry.getValue().body().length;
			oldest.remove();
		}
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
	record Rendered(byte[] body, String contentType, String contentLanguage, Map<String, List<String>> headers) {

		Rendered {
			headers = Map.copyOf(headers);
		}

	}

}
