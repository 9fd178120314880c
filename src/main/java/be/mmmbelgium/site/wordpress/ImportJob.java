package be.mmmbelgium.site.wordpress;

import java.nio.file.Path;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One import started from the back-office: planned (its dry run seen), then queued,
 * running, and done or failed.
 */
public final class ImportJob {

	public enum State {

		PLANNED, QUEUED, RUNNING, DONE, FAILED

	}

	private final UUID id;

	private final Path folder;

	private final ImportOptions options;

	private volatile State state = State.PLANNED;

	private volatile @Nullable ImportReport plan;

	private volatile @Nullable ImportReport report;

	private volatile @Nullable String failure;

	private volatile int done;

	private volatile int total;

	ImportJob(UUID id, Path folder, ImportOptions options) {
		this.id = id;
		this.folder = folder;
		this.options = options;
	}

	UUID id() {
		return this.id;
	}

	Path folder() {
		return this.folder;
	}

	Path export() {
		return this.folder.resolve("export.xml");
	}

	ImportOptions options() {
		return this.options;
	}

	void planned(ImportReport plan) {
		this.plan = plan;
	}

	/** Queues the job, unless it was already: whether it was queued now. */
	synchronized boolean queue() {
		if (this.state != State.PLANNED) {
			return false;
		}
		this.state = State.QUEUED;
		return true;
	}

	void at(int done, int total) {
		this.state = State.RUNNING;
		this.done = done;
		this.total = total;
	}

	void finished(ImportReport report) {
		this.report = report;
		this.state = State.DONE;
	}

	void failed(String reason) {
		this.failure = reason;
		this.state = State.FAILED;
	}

	boolean isRunning() {
		return this.state == State.QUEUED || this.state == State.RUNNING;
	}

	public String getId() {
		return this.id.toString();
	}

	public State getState() {
		return this.state;
	}

	public @Nullable ImportReport getPlan() {
		return this.plan;
	}

	public @Nullable ImportReport getReport() {
		return this.report;
	}

	public @Nullable String getFailure() {
		return this.failure;
	}

	public int getDone() {
		return this.done;
	}

	public int getTotal() {
		return this.total;
	}

}
