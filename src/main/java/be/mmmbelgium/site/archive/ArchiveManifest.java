package be.mmmbelgium.site.archive;

import java.util.Map;

/**
 * The entry of an archive that says what made it and what it holds. An archive is
 * imported only by a site whose database has the same schema, that of the release that
 * wrote it.
 *
 * @param format the layout of the archive's entries, {@link #FORMAT} today
 * @param schema the version of the last migration of the site that wrote it
 * @param exportedAt when it was written, in ISO-8601 UTC
 * @param site the public address of the site it was written from
 * @param rows how many rows each table holds in the archive
 * @param files how many media files it holds
 */
record ArchiveManifest(int format, String schema, String exportedAt, String site, Map<String, Long> rows, long files) {

	static final int FORMAT = 1;

	/** The name of the manifest's entry. */
	static final String ENTRY = "mmm-site-archive.json";

	/** The folder of the tables' entries, one file of JSON lines a table. */
	static final String TABLES = "tables/";

	/** The folder of the media files, each under its storage key. */
	static final String MEDIA = "media/";

	static String tableEntry(String table) {
		return TABLES + table + ".jsonl";
	}

}
