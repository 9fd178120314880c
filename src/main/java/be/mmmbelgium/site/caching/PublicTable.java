package be.mmmbelgium.site.caching;

import org.jspecify.annotations.Nullable;

/**
 * A table whose rows public pages show, declared as a bean by the feature that owns it,
 * much as features contribute their addresses to the sitemap: which of its rows the
 * public sees, and the columns that tell when they changed. {@link ContentVersion} reads
 * every such table in one query, so that a change to a row the public sees changes the
 * version of the site.
 *
 * @param name the table
 * @param versioned whether each row has a {@code version} that every change to it raises
 * @param changedAt the column holding the instant a row last changed, or {@code null}
 * @param publishedAt the column holding a row's publication instant, or {@code null}
 * @param visible the SQL condition the rows the public sees meet, which may use the
 * instant {@code :now}, or {@code null} when the public sees every row
 */
public record PublicTable(String name, boolean versioned, @Nullable String changedAt, @Nullable String publishedAt,
		@Nullable String visible) {

	private static final String NO_INSTANT = "cast(null as timestamp with time zone)";

	/**
	 * A table of content with a status and a publication instant, such as news posts: the
	 * public sees its rows once they are published and their time has come.
	 */
	public static PublicTable publishedContent(String name) {
		return new PublicTable(name, true, "updated_at", "published_at", isPublished(name));
	}

	/**
	 * The condition that a row of a table of content is seen: published, and its time
	 * come.
	 */
	public static String isPublished(String table) {
		return table + ".status = 'PUBLISHED' and " + table + ".published_at <= :now";
	}

	/**
	 * Selects, of the rows the public sees, how many there are, the sum of their versions
	 * (each change adds one), their newest change and their newest publication.
	 */
	String select() {
		return "count(*), " + (this.versioned ? "coalesce(sum(version), 0)" : "0") + ", " + newest(this.changedAt)
				+ ", " + newest(this.publishedAt) + " from " + this.name
				+ ((this.visible != null) ? " where " + this.visible : "");
	}

	private static String newest(@Nullable String column) {
		return (column != null) ? "max(" + column + ")" : NO_INSTANT;
	}

}
