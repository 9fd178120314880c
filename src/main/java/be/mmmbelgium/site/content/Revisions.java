package be.mmmbelgium.site.content;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.mmmbelgium.site.web.ContentNotFoundException;

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
	 * @param contentType the kind of item, such as {@code news}
	 * @param contentId its id
	 * @param version its version after the save
	 * @param authorId who saved it
	 * @param authorEmail their e-mail, kept should the account go
	 * @param snapshot the text saved
	 */
	public Revision record(String contentType, long contentId, long version, @Nullable Long authorId,
			@Nullable String authorEmail, Revision.Snapshot snapshot) {
		return this.revisions.save(new Revision(contentType, contentId, version, authorId, authorEmail,
				Instant.now(this.clock), snapshot));
	}

	/** Whether an item has a revision. */
	@Transactional(readOnly = true)
	public boolean hasAny(String contentType, long contentId) {
		return this.revisions.existsByContentTypeAndContentId(contentType, contentId);
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
	public List<Passage> changesSince(String contentType, long contentId, long version) {
		return this.revisions
			.findFirstByContentTypeAndContentIdAndContentVersionLessThanEqualOrderByIdDesc(contentType, contentId,
					version)
			.flatMap((then) -> this.revisions.findFirstByContentTypeAndContentIdOrderByIdDesc(contentType, contentId)
				.map((now) -> diff(then.snapshot(), now.snapshot())))
			.orElse(List.of());
	}

	public void forget(String contentType, long contentId) {
		this.revisions.deleteByContentTypeAndContentId(contentType, contentId);
	}

	/**
	 * What differs from {@code older} to {@code newer}, title, address and summary
	 * included: one passage for each run of changed lines, its words marked as kept,
	 * removed or added.
	 */
	public static List<Passage> diff(Revision.Snapshot older, Revision.Snapshot newer) {
		List<Passage> passages = new ArrayList<>();
		passages.addAll(diffOf(Field.TITLE, List.of(older.title()), List.of(newer.title())));
		passages.addAll(diffOf(Field.ADDRESS, List.of(older.slug()), List.of(newer.slug())));
		passages.addAll(diffOf(Field.SUMMARY, older.summary().lines().toList(), newer.summary().lines().toList()));
		passages
			.addAll(diffOf(Field.TEXT, older.bodyMarkdown().lines().toList(), newer.bodyMarkdown().lines().toList()));
		passages.addAll(diffOf(Field.DETAILS, older.details().lines().toList(), newer.details().lines().toList()));
		return passages;
	}

	private static List<Passage> diffOf(Field field, List<String> older, List<String> newer) {
		List<Passage> passages = new ArrayList<>();
		for (AbstractDelta<String> delta : DiffUtils.diff(older, newer).getDeltas()) {
			passages.add(words(field, String.join("\n", delta.getSource().getLines()),
					String.join("\n", delta.getTarget().getLines())));
		}
		return passages;
	}

	/**
	 * The words of two versions of a passage of the text, each kept, removed or added.
	 */
	static Passage words(String older, String newer) {
		return words(Field.TEXT, older, newer);
	}

	/** The words of two versions of a passage of a field, each kept, removed or added. */
	static Passage words(Field field, String older, String newer) {
		List<String> before = tokens(older);
		Passage passage = new Passage(field, new ArrayList<>());
		int kept = 0;
		for (AbstractDelta<String> delta : DiffUtils.diff(before, tokens(newer)).getDeltas()) {
			passage.add(Change.KEPT, String.join("", before.subList(kept, delta.getSource().getPosition())));
			passage.add(Change.REMOVED, String.join("", delta.getSource().getLines()));
			passage.add(Change.ADDED, String.join("", delta.getTarget().getLines()));
			kept = delta.getSource().getPosition() + delta.getSource().size();
		}
		passage.add(Change.KEPT, String.join("", before.subList(kept, before.size())));
		return passage;
	}

	/** Words and the spaces between them, in order. */
	private static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(text);
		while (matcher.find()) {
			tokens.add(matcher.group());
		}
		return tokens;
	}

	private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");

	/** The part of an item a passage belongs to, which a reader is told. */
	public enum Field {

		TITLE, ADDRESS, SUMMARY, TEXT, DETAILS

	}

	/** What became of a part of a text from one version to the next. */
	public enum Change {

		KEPT, REMOVED, ADDED

	}

	/**
	 * A part of a passage.
	 *
	 * @param change whether it was kept, removed or added
	 * @param text its words, and the spaces between them
	 */
	public record Part(Change change, String text) {

		public boolean removed() {
			return this.change == Change.REMOVED;
		}

		public boolean added() {
			return this.change == Change.ADDED;
		}

	}

	/** A run of changed lines of a field, as words kept, removed and added. */
	public record Passage(Field field, List<Part> parts) {

		/**
		 * Adds a part; nothing for no text. Spaces alone removed or added are not marked:
		 * a reader sees words change, not the spaces between them.
		 */
		void add(Change change, String text) {
			if (text.isEmpty() || (change == Change.REMOVED && text.isBlank())) {
				return;
			}
			Change shown = text.isBlank() ? Change.KEPT : change;
			if (!this.parts.isEmpty() && this.parts.get(this.parts.size() - 1).change() == shown) {
				Part last = this.parts.remove(this.parts.size() - 1);
				this.parts.add(new Part(shown, last.text() + text));
			}
			else {
				this.parts.add(new Part(shown, text));
			}
		}

	}

}
