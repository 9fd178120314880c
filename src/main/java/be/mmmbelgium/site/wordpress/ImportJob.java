package be.mmmbelgium.site.wordpress;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One import started from the back-office, as the database knows it now: planned (its dry
 * run seen), then queued, running, and done or failed; interrupted when the instance
 * running it stopped on the way.
 */
public final class ImportJob {

	public enum State {

		PLANNED, QUEUED, RUNNING, DONE, FAILED,
		/**
		 * Queued or running, but the instance running it has not said anything for a
		 * while: it stopped. Importing the export again brings over what is missing.
		 */
		INTERRUPTED

	}

	private final UUID id;

	private final State state;

	private final ImportReport plan;

	private final @Nullable ImportReport report;

	private final @Nullable String failure;

	private final int done;

	private final int total;

	ImportJob(UUID id, State state, ImportReport plan, @Nullable ImportReport report, @Nullable String failure,
			int done, int total) {
		this.id = id;
		this.state = state;
		this.plan = plan;
		this.report = report;
		this.failure = failure;
		this.done = done;
		this.total = total;
	}

	UUID id() {
		return this.id;
	}

	public String getId() {
		return this.id.toString();
	}

	public State getState() {
		return this.state;
	}

	/** The dry run's report. */
	public ImportReport getPlan() {
		return this.plan;
	}

	/** The import's report, once done. */
	public @Nullable ImportReport getReport() {
		return this.report;
	}

	/** Why it stopped, when it failed. */
	public @Nullable String getFailure() {
		return this.failure;
	}

	/** The items brought over so far. */
	public int getDone() {
		return this.done;
	}

	/** The items to bring over. */
	public int getTotal() {
		return this.total;
	}

}
