package be.mmmbelgium.site.search;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;

import be.mmmbelgium.site.system.LikePattern;
import be.mmmbelgium.site.web.Language;

/**
 * The site search on a database without full-text search (the embedded one): the items
 * whose folded text holds every word of the query (a final "s" aside), ranked by where
 * and how often the words appear. Enough for a site run on one's own machine; production
 * runs on PostgreSQL.
 */
class PortableSiteSearch implements SiteSearch {

	/**
	 * The most items ranked; a query matching more is too vague for the rest to matter.
	 */
	static final int MAX_MATCHES = 500;

	private final JdbcClient jdbc;

	PortableSiteSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Page<Found> search(Language language, SearchQuery query, Pageable pageable, Instant now) {
		if (query.isEmpty()) {
			return Page.empty(pageable);
		}
		StringBuilder sql = new StringBuilder(
				"select kind, title, slug, series_slug, published_at, search_text, search_folded"
						+ " from searchable_content where language = ? and visible_from <= ?");
		List<String> stems = query.terms().stream().map(SearchQuery::stem).toList();
		stems.forEach((stem) -> sql.append(" and search_folded like ? escape '\\'"));
		sql.append(" order by published_at desc, id desc limit ").append(MAX_MATCHES);
		var statement = this.jdbc.sql(sql.toString()).param(language.code()).param(Timestamp.from(now));
		for (String stem : stems) {
			statement = statement.param(LikePattern.containing(stem));
		}
		List<Ranked> ranked = statement
			.query((row, n) -> new Ranked(Found.read(row), score(row.getString("search_folded"), stems)))
			.list()
			.stream()
			.sorted(Comparator.comparingInt(Ranked::score).reversed())
			.toList();
		int from = (int) Math.min(pageable.getOffset(), ranked.size());
		int to = Math.min(from + pageable.getPageSize(), ranked.size());
		return new PageImpl<>(ranked.subList(from, to).stream().map(Ranked::found).toList(), pageable, ranked.size());
	}

	/**
	 * Ten points a word found in the title, one each time it appears (up to ten)
	 * anywhere.
	 */
	static int score(String folded, List<String> stems) {
		int titleEnd = folded.indexOf('\n');
		String title = titleEnd < 0 ? folded : folded.substring(0, titleEnd);
		int score = 0;
		for (String stem : stems) {
			if (title.contains(stem)) {
				score += 10;
			}
			for (int at = folded.indexOf(stem), seen = 0; at >= 0
					&& seen < 10; at = folded.indexOf(stem, at + 1), seen++) {
				score++;
			}
		}
		return score;
	}

	private record Ranked(Found found, int score) {
	}

}
