package be.mmmbelgium.site.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

import be.mmmbelgium.site.web.Language;

/**
 * The site search on PostgreSQL: full-text search in the text search configuration of the
 * content's language (so that "moeder" finds "moeders"), over the folded text (so that
 * "meres" finds "mères"), matched and ranked on the stored document of each row, its
 * title weighing most (see {@code db/vendor/postgresql}). The query is read as web search
 * engines read theirs: "quoted phrases", {@code or}, {@code -word}; any other character
 * is ignored, never an error. A query that looks for nothing (stop words, exclusions
 * alone) finds nothing, and no search may take longer than its time limit.
 */
class PostgreSqlSiteSearch implements SiteSearch {

	/**
	 * Each language's text search configuration, as {@code search_configuration} in SQL.
	 */
	private static final Map<Language, String> CONFIGURATIONS = Map.of(Language.FR, "french", Language.NL, "dutch",
			Language.EN, "english");

	/** The longest text a result's snippet is taken from. */
	static final int SNIPPET_SOURCE = 20_000;

	/**
	 * The query read once ({@code %1$s} is the configuration, {@code :query} the folded
	 * query): written in each condition instead, a plan prepared for any query would read
	 * it again for every row.
	 */
	private static final String QUERY = "with q as materialized (select websearch_to_tsquery('%1$s', :query) as words)";

	/** The items that match. */
	private static final String MATCHING = """
			  from searchable_content, q
			 where language = :language and visible_from <= :now
			   and search_vector @@ q.words and querytree(q.words) <> 'T'
			""";

	/**
	 * Ranked by the words' density and nearness, those in the title counting most. The
	 * text a snippet is cut from is read for the page of results only, not for every item
	 * that matches.
	 */
	private static final String SEARCH = QUERY + ", ranked as (select kind, id, title, slug, series_slug, published_at,"
			+ " count(*) over () as total, ts_rank_cd(search_vector, q.words, 1) as rank" + MATCHING + """
					 order by rank desc, published_at desc, id desc
					 limit :limit offset :offset)
					select r.kind, r.title, r.slug, r.series_slug, r.published_at,
					       left(c.search_text, %2$d) as search_text, r.total
					  from ranked r join searchable_content c on c.kind = r.kind and c.id = r.id
					 order by r.rank desc, r.published_at desc, r.id desc
					""";

	private static final String COUNT = QUERY + " select count(*)" + MATCHING;

	/** The SQL state of a statement cancelled by its time limit. */
	private static final String QUERY_CANCELED = "57014";

	private final JdbcClient jdbc;

	private final TransactionOperations transactions;

	private final Duration timeLimit;

	PostgreSqlSiteSearch(JdbcClient jdbc, TransactionOperations transactions, Duration timeLimit) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.timeLimit = timeLimit;
	}

	@Override
	public Page<Found> search(Language language, SearchQuery query, Pageable pageable, Instant now) {
		if (query.isEmpty()) {
			return Page.empty(pageable);
		}
		try {
			return this.transactions.execute((status) -> {
				this.jdbc.sql("set local statement_timeout = " + this.timeLimit.toMillis()).update();
				return find(language, query, pageable, now);
			});
		}
		catch (DataAccessException ex) {
			if (ex.getMostSpecificCause() instanceof SQLException sql && QUERY_CANCELED.equals(sql.getSQLState())) {
				throw new SearchTooBroadException(query.text(), ex);
			}
			throw ex;
		}
	}

	private Page<Found> find(Language language, SearchQuery query, Pageable pageable, Instant now) {
		List<Found> found = new ArrayList<>();
		long[] total = { 0 };
		this.jdbc.sql(SEARCH.formatted(CONFIGURATIONS.get(language), SNIPPET_SOURCE))
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

	/**
	 * How many items match, for a page past the last, which the search query itself
	 * cannot tell.
	 */
	private long count(Language language, SearchQuery query, Instant now) {
		return this.jdbc.sql(COUNT.formatted(CONFIGURATIONS.get(language)))
			.param("language", language.code())
			.param("now", Timestamp.from(now))
			.param("query", query.folded())
			.query(Long.class)
			.single();
	}

}
