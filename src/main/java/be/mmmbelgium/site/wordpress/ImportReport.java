package be.mmmbelgium.site.wordpress;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * What an import did, or, for a dry run, would do: each item of the export with what
 * became of it and why, the authors and how they were matched, the files brought over,
 * the old addresses sent on, and everything that could not be understood.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
		isGetterVisibility = Visibility.NONE)
public final class ImportReport {

	public enum Outcome {

		/** Made here. */
		CREATED,
		/**
		 * Made by an earlier import, still a draft here: changed to the export's text.
		 */
		UPDATED,
		/**
		 * Made by an earlier import and published or changed here since: left as it is.
		 */
		KEPT,
		/** Not brought over, on purpose (in the trash, a revision, a menu entry, …). */
		SKIPPED,
		/** Could not be brought over: the reason says why. */
		REFUSED

	}

	/**
	 * One item of the export.
	 *
	 * @param newPath where it is on this site; null when nowhere
	 */
	public record Line(long wordpressId, String type, String title, Outcome outcome, List<Note> details,
			@Nullable String newPath) {
	}

	// Kept as JSON between the instances of the site (ImportJobs): its fields are what
	// is written.

	private boolean dryRun;

	private String site;

	private List<Line> lines = new ArrayList<>();

	private Map<String, Note> authors = new TreeMap<>();

	private List<Note> notes = new ArrayList<>();

	private int files;

	private int filesRefused;

	private int comments;

	private int redirectsAdded;

	private int redirectsChanged;

	private int redirectsUnchanged;

	ImportReport(boolean dryRun, String site) {
		this.dryRun = dryRun;
		this.site = site;
	}

	/** For a report read back from JSON. */
	private ImportReport() {
		this(false, "");
	}

	void add(Line line) {
		this.lines.add(line);
	}

	void author(String login, Note matched) {
		this.authors.put(login, matched);
	}

	void note(Note note) {
		this.notes.add(note);
	}

	void file(boolean kept) {
		if (kept) {
			this.files++;
		}
		else {
			this.filesRefused++;
		}
	}

	void comments(int count) {
		this.comments += count;
	}

	void redirects(int added, int changed, int unchanged) {
		this.redirectsAdded += added;
		this.redirectsChanged += changed;
		this.redirectsUnchanged += unchanged;
	}

	public boolean isDryRun() {
		return this.dryRun;
	}

	public String getSite() {
		return this.site;
	}

	public List<Line> getLines() {
		return Collections.unmodifiableList(this.lines);
	}

	public Map<String, Note> getAuthors() {
		return Collections.unmodifiableMap(this.authors);
	}

	public List<Note> getNotes() {
		return Collections.unmodifiableList(this.notes);
	}

	public int getFiles() {
		return this.files;
	}

	public int getFilesRefused() {
		return this.filesRefused;
	}

	public int getComments() {
		return this.comments;
	}

	public int getRedirectsAdded() {
		return this.redirectsAdded;
	}

	public int getRedirectsChanged() {
		return this.redirectsChanged;
	}

	public int getRedirectsUnchanged() {
		return this.redirectsUnchanged;
	}

	/** How many items had this outcome. */
	public int count(Outcome outcome) {
		return (int) this.lines.stream().filter((line) -> line.outcome() == outcome).count();
	}

	/** Whether everything the export holds that the site takes was brought over. */
	public boolean isComplete() {
		return count(Outcome.REFUSED) == 0 && this.filesRefused == 0;
	}

	/** One line, for the audit log. */
	public String summary() {
		return "WordPress import of " + this.site + ": " + count(Outcome.CREATED) + " created, "
				+ count(Outcome.UPDATED) + " updated, " + count(Outcome.KEPT) + " kept, " + count(Outcome.SKIPPED)
				+ " skipped, " + count(Outcome.REFUSED) + " refused; " + this.files + " files (" + this.filesRefused
				+ " refused); " + (this.redirectsAdded + this.redirectsChanged) + " redirects; " + this.comments
				+ " comments not imported";
	}

	/** The whole report as text, for the command line. */
	List<String> printed(MessageSource messages, Locale locale) {
		List<String> printed = new ArrayList<>();
		printed.add((this.dryRun ? "Dry run: nothing was changed. " : "") + summary());
		this.authors.forEach((login, matched) -> printed.add("author " + login + ": " + matched.in(messages, locale)));
		for (Line line : this.lines) {
			printed.add(line.outcome() + " " + line.type() + " " + line.wordpressId() + " \"" + line.title() + "\""
					+ (line.newPath() != null ? " -> " + line.newPath() : "")
					+ (line.details().isEmpty() ? "" : ": " + String.join("; ",
							line.details().stream().map((note) -> note.in(messages, locale)).toList())));
		}
		this.notes.forEach((note) -> printed.add("note: " + note.in(messages, locale)));
		return printed;
	}

}
