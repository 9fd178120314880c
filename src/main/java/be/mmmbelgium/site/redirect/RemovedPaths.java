package be.mmmbelgium.site.redirect;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.mmmbelgium.site.content.ContentEvent;

/**
 * Remembers the public addresses of content removed for good, so that they answer 410
 * Gone: search engines and readers learn that the content is not coming back.
 */
@Service
public class RemovedPaths {

	private final RemovedPathRepository paths;

	private final Clock clock;

	RemovedPaths(RemovedPathRepository paths, Clock clock) {
		this.paths = paths;
		this.clock = clock;
	}

	/**
	 * In the transaction that removes the content, so that its addresses answer 410 as it
	 * goes.
	 */
	@EventListener
	void on(ContentEvent.Removal removed) {
		remember(removed.paths());
	}

	@EventListener
	void on(ContentEvent.Restored restored) {
		forget(restored.paths());
	}

	@Transactional
	public void remember(Collection<String> removed) {
		Instant now = Instant.now(this.clock);
		removed.stream()
			.filter((path) -> path.length() <= 500 && !this.paths.existsById(path))
			.forEach((path) -> this.paths.save(new RemovedPath(path, now)));
	}

	/**
	 * Forgets paths that serve content again, such as those of an item taken out of the
	 * trash.
	 */
	@Transactional
	public void forget(Collection<String> paths) {
		this.paths.deleteAllById(paths.stream().filter((path) -> path.length() <= 500).toList());
	}

	@Transactional(readOnly = true)
	public boolean isRemoved(String path) {
		return this.paths.existsById(path);
	}

}
