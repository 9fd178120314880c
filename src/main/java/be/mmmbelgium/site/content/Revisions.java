package be.mmmbelgium.site.content;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.mmmbelgium.site.system.ContentNotFoundException;

/**
 * The history of every item: a revision for each save, the differences between two
 * revisions, and any revision to restore.
 */
@Service
@Transactional
public class Revisions {

	private final RevisionRepository revisions;

	private final Clock clock;

	Revisions(RevisionRepository revisions, Clock clock) {
		this.revisions = revisions;
		this.clock = clock;
	}

	/**
	 * Keeps what a save left.
	 *
	 * @param contentType the kind of item, such as {@code news}
	 * @param contentId its id
	 * @param version its version after the save
	 * @param authorId who saved it
	 * @param authorEmail their e-mail, kept should the account go
	 * @param snapshot the text saved
	 */
	public Revision record(String contentType, long contentId, long version, Long authorId, String authorEmail,
			Revision.Snapshot snapshot) {
		return this.revisions.save(new Revision(contentType, contentId, version, authorId, authorEmail,
				Instant.now(this.clock), snapshot));
	}

	/** The revisions of an item, the newest first. */
	@Transactional(readOnly = true)
	public List<Revision> history(String contentType, long contentId) {
		return this.revisions.findByContentTypeAndContentIdOrderByIdDesc(contentType, contentId);
	}

	@Transactional(readOnly = true)
	public Revision get(String contentType, long contentId, long revisionId) {
		return this.revisions.findByIdAndContentTypeAndContentId(revisionId, contentType, contentId)
			.orElseThrow(() -> new ContentNotFoundException("Revision"));
	}

	/**
	 * What changed in an item since a version of it: the differences between the revision
	 * saved at that version (or the last one before it) and the latest revision.
	 */
	@Transactional(readOnly = true)
	public List<DiffLine> changesSince(String contentType, long contentId, long version) {
		return this.revisions
			.findFirstByContentTypeAndContentIdAndContentVersionLessThanEqualOrderByIdDesc(contentType, contentId, version)
			.flatMap((then) -> this.revisions.findFirstByContentTypeAndContentIdOrderByIdDesc(contentType, contentId)
				.map((now) -> diff(then.snapshot(), now.snapshot())))
			.orElse(List.of());
	}

	public void forget(String contentType, long contentId) {
		this.revisions.deleteByContentTypeAndContentId(contentType, contentId);
	}

	/** The lines that differ from {@code older} to {@code newer}, title and summary included. */
	public static List<DiffLine> diff(Revision.Snapshot older, Revision.Snapshot newer) {
		List<DiffLine> lines = new ArrayList<>();
		lines.addAll(diffOf(List.of(older.title()), List.of(newer.title())));
		lines.addAll(diffOf(List.of(older.slug()), List.of(newer.slug())));
		lines.addAll(diffOf(older.summary().lines().toList(), newer.summary().lines().toList()));
		lines.addAll(diffOf(older.bodyMarkdown().lines().toList(), newer.bodyMarkdown().lines().toList()));
		lines.addAll(diffOf(older.details().lines().toList(), newer.details().lines().toList()));
		return lines;
	}

	private static List<DiffLine> diffOf(List<String> older, List<String> newer) {
		Patch<String> patch = DiffUtils.diff(older, newer);
		List<DiffLine> lines = new ArrayList<>();
		for (AbstractDelta<String> delta : patch.getDeltas()) {
			delta.getSource().getLines().forEach((line) -> lines.add(new DiffLine(false, line)));
			delta.getTarget().getLines().forEach((line) -> lines.add(new DiffLine(true, line)));
		}
		return lines;
	}

	/**
	 * One changed line.
	 *
	 * @param added whether the line is in the newer text (else it was in the older one)
	 * @param text the line
	 */
	public record DiffLine(boolean added, String text) {
	}

}
