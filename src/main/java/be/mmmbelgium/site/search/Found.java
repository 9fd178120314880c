package be.mmmbelgium.site.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * An item a search found, as both searches read it from the {@code searchable_content}
 * view.
 *
 * @param kind what the item is
 * @param title its title
 * @param slug its slug
 * @param seriesSlug the slug of its series, for an episode; null otherwise
 * @param publishedAt when it was published
 * @param text its searchable text besides the title, plain
 */
public record Found(Kind kind, String title, String slug, String seriesSlug, Instant publishedAt, String text) {

	/** A row of the {@code searchable_content} view. */
	static Found read(ResultSet row) throws SQLException {
		return new Found(Kind.valueOf(row.getString("kind")), row.getString("title"), row.getString("slug"),
				row.getString("series_slug"), row.getTimestamp("published_at").toInstant(),
				row.getString("search_text"));
	}

	public enum Kind {

		NEWS, PAGE, EPISODE

	}

}
