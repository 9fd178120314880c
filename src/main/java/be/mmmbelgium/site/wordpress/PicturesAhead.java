package be.mmmbelgium.site.wordpress;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import be.mmmbelgium.site.media.CheckedUpload;
import be.mmmbelgium.site.media.MediaKind;
import be.mmmbelgium.site.media.MediaLibrary;

/**
 * The pictures of the next few items, checked and encoded on a thread of their own while
 * the current item is converted and saved: encoding pictures is most of an import's work,
 * and it needs no database. Only what the import asks for next is checked ahead, so that
 * a few encoded pictures at most wait in memory.
 */
final class PicturesAhead implements AutoCloseable {

	private final MediaLibrary media;

	private final OldSiteFiles files;

	private final ExecutorService checker = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "wordpress-import-pictures");
		thread.setDaemon(true);
		return thread;
	});

	private final Map<String, Future<CheckedUpload>> checking = new HashMap<>();

	PicturesAhead(MediaLibrary media, OldSiteFiles files) {
		this.media = media;
		this.files = files;
	}

	/**
	 * Starts checking the picture at this path under the uploads, unless it is already.
	 */
	void check(String uploadPath) {
		this.checking.computeIfAbsent(uploadPath, (path) -> this.checker.submit(() -> {
			try (InputStream in = this.files.open(path)) {
				return this.media.check(path.substring(path.lastIndexOf('/') + 1), in, Set.of(MediaKind.IMAGE));
			}
		}));
	}

	/**
	 * The picture checked ahead at this path, once it is ready; empty when it was not
	 * asked for. The caller keeps it, then closes it.
	 * @throws RuntimeException why it could not be checked
	 */
	Optional<CheckedUpload> take(String uploadPath) {
		Future<CheckedUpload> checked = this.checking.remove(uploadPath);
		if (checked == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(checked.get());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while checking " + uploadPath, ex);
		}
		catch (ExecutionException ex) {
			Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
			throw (cause instanceof RuntimeException runtime) ? runtime
					: new IllegalStateException(String.valueOf(cause.getMessage()), cause);
		}
	}

	/** Stops, and removes what was checked but never taken. */
	@Override
	public void close() {
		this.checker.shutdown();
		this.checking.values().forEach((checked) -> {
			try {
				checked.get().close();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			catch (ExecutionException ex) {
				// Never taken, so never reported: nothing to remove.
			}
		});
		this.checking.clear();
	}

}
