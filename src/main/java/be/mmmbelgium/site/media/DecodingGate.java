package be.mmmbelgium.site.media;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Bounds how many uploads are decoded at once (images decoded and encoded again, PDFs
 * parsed), so that a burst of large uploads waits its turn instead of exhausting memory.
 * The number follows the memory the site was given: one decode at a time on a small heap,
 * as many as there are processors on a large one. An upload that waits too long is
 * refused with a message, never left to fail.
 */
final class DecodingGate {

	/** How long an upload waits for its turn before it is refused. */
	static final Duration WAIT = Duration.ofSeconds(30);

	private final Semaphore permits;

	private final int size;

	private final Duration wait;

	DecodingGate(int size, Duration wait) {
		this.size = size;
		this.wait = wait;
		this.permits = new Semaphore(size, true);
	}

	/**
	 * A gate for this machine: as many decodes at once as half the heap holds at {@code
	 * bytesPerDecode} each, at least one, at most one a processor.
	 */
	static DecodingGate forThisMachine(long bytesPerDecode) {
		Runtime runtime = Runtime.getRuntime();
		long byMemory = runtime.maxMemory() / 2 / bytesPerDecode;
		return new DecodingGate((int) Math.max(1, Math.min(runtime.availableProcessors(), byMemory)), WAIT);
	}

	int size() {
		return this.size;
	}

	/** Work that decodes a file. */
	@FunctionalInterface
	interface Decoding<T> {

		T run() throws IOException;

	}

	/** Work that reads a file through to check it, and keeps nothing. */
	@FunctionalInterface
	interface Check {

		void run() throws IOException;

	}

	/**
	 * Runs the check when its turn comes.
	 * @throws UploadRefusedException when the turn does not come in time ({@link #WAIT})
	 */
	void pass(Check check) throws IOException {
		pass(() -> {
			check.run();
			return check;
		});
	}

	/**
	 * Runs the decoding when its turn comes.
	 * @throws UploadRefusedException when the turn does not come in time ({@link #WAIT})
	 */
	<T> T pass(Decoding<T> decoding) throws IOException {
		boolean entered;
		try {
			entered = this.permits.tryAcquire(this.wait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new UploadRefusedException("busy");
		}
		if (!entered) {
			throw new UploadRefusedException("busy");
		}
		try {
			return decoding.run();
		}
		finally {
			this.permits.release();
		}
	}

}
