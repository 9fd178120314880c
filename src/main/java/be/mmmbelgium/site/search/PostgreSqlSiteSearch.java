package be.mmmbelgium.site.search;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;

import be.mmmbelgium.site.system.Language;

/**
 * The site search on PostgreSQL: full-text search with the text search configuration of the
 * content's language (so that "moeder" finds "moeders"), over the folded text (so that
 * "meres" finds "mères"), through the indexes of {@code db/vendor/postgresql}. The query is
 * read as web search engines read theirs: "quoted phrases", {@code or}, {@code -word}; any
 * other character is ignored, never an error.
 */
class PostgreSqlSiteSearch implements SiteSearch {

	/** Each language's text search configuration, written into the SQL to match the indexes. */
	private static final Map<Language, String> CONFIGURATIONS = Map.of(Language.FR, "french", Language.NL, "dutch",
			Language.EN, "english");

	/** The items that match: {@code %1$s} is the configuration, {@code :query} the folded query. */
	private static final String MATCHING = """
			  from searchable_content
			 where language = :language and visible_from <= :now
			   and to_tsvector('%1$s', search_folded) @@ websearch_to_tsquery('%1$s', :query)
			""";

	/** Ranked by the words' density and nearness, an item whose title matches first. */
	private static final String SEARCH = "select kind, title, slug, series_slug, published_at, search_text,"
			+ " count(*) over () as total" + MATCHING + """
					 order by ts_rank_cd(to_tsvector('%1$s', search_folded), websearch_to_tsquery('%1$s', :query), 1)
					          + case when to_tsvector('%1$s', split_part(search_folded, chr(10), 1))
					                      @@ websearch_to_tsquery('%1$s', :query) then 1 else 0 end desc,
					          published_at desc, id desc
					 limit :limit offset :offset
					""";

	private static final String COUNT = "select count(*)" + MATCHING;

	private final JdbcClient jdbc;

	PostgreSqlSiteSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Page<Found> search(Language language, SearchQuery query, Pageable pageable, Instant now) {
		if (query.isEmpty()) {
			return Page.empty(pageable);
		}
		List<Found> found = new ArrayList<>();
		long[] total = { 0 };
		this.jdbc.sql(SEARCH.formatted(CONFIGURATIONS.get(language)))
			.param("language", language.code())
			.param("now", Timestamp.from(now))
			.param("query", query.folded())
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query((ResultSet row) -> {
				found.add(Found.read(row));
				total[0] = row.getLong("total");
			});
		if (found.isEmpty() && pageable.getOffset() > 0) {
			total[0] = count(language, query, now);
		}
		return new PageImpl<>(found, pageable, total[0]);
	}

	/** How many items match, for a page past the last, which the search query itself cannot tell. */
	private long count(Language language, SearchQuery query, Instant now) {
		return this.jdbc.sql(COUNT.formatted(CONFIGURATIONS.get(language)))
			.param("language", language.code())
			.param("now", Timestamp.from(now))
			.param("query", query.folded())
			.query(Long.class)
			.single();
	}

}
