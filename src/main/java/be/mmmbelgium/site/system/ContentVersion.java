package be.mmmbelgium.site.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The version of everything the public site shows, read from the database in one short
 * query: it changes whenever any content, subject, redirect or removed address is added,
 * changed or deleted, whenever a scheduled item's time comes, and with every new release or
 * setting of the site. Pages, feeds and sitemaps are validated against it, so a visitor's
 * repeated request is answered 304 without rendering anything, by whichever instance of the
 * site receives it.
 */
@Component
public class ContentVersion {

	/** The tables of content that is published, each row with its version and dates. */
	private static final List<String> CONTENT = List.of("news_post", "page", "podcast_series", "episode");

	private static final String NO_INSTANT = "cast(null as timestamp with time zone)";

	/**
	 * For each table public pages read: how many rows, the sum of their versions (each
	 * change adds one), their newest change, and the newest publication whose time has come.
	 */
	private static final String QUERY = numbered(Stream.concat(CONTENT.stream()
		.map((table) -> "count(*), coalesce(sum(version), 0), max(updated_at),"
				+ " max(case when published_at <= :now then published_at end) from " + table),
			Stream.of("count(*), coalesce(sum(version), 0), " + NO_INSTANT + ", " + NO_INSTANT + " from tag",
					"count(*), coalesce(sum(version), 0), max(updated_at), " + NO_INSTANT + " from redirect",
					"count(*), 0, max(removed_at), " + NO_INSTANT + " from removed_path"))
		.toList());

	private final JdbcClient jdbc;

	/** What a new release or another configuration changes: the build, and the site's settings. */
	private final String release;

	private final Instant releasedAt;

	ContentVersion(JdbcClient jdbc, ObjectProvider<BuildProperties> build, SiteProperties site) {
		this.jdbc = jdbc;
		Optional<BuildProperties> properties = Optional.ofNullable(build.getIfAvailable());
		this.releasedAt = properties.map(BuildProperties::getTime)
			.orElseGet(Instant::now)
			.truncatedTo(ChronoUnit.SECONDS);
		this.release = properties.map(BuildProperties::getVersion).orElse("") + "@" + this.releasedAt + " " + site;
	}

	/** The version at an instant, as the validators of HTTP responses carry it. */
	public Validators at(Instant now) {
		StringBuilder state = new StringBuilder(this.release);
		Instant[] lastModified = { this.releasedAt };
		this.jdbc.sql(QUERY).param("now", Timestamp.from(now)).query((row) -> {
			state.append('|').append(row.getLong(2)).append(',').append(row.getLong(3));
			for (int column = 4; column <= 5; column++) {
				Timestamp instant = row.getTimestamp(column);
				state.append(',').append(instant == null ? "" : instant.toInstant());
				if (instant != null && instant.toInstant().isAfter(lastModified[0])) {
					lastModified[0] = instant.toInstant();
				}
			}
		});
		return new Validators("W/\"" + digest(state.toString()) + "\"", lastModified[0].truncatedTo(ChronoUnit.SECONDS));
	}

	/** The selects as one query, each row numbered so that they are read in the same order. */
	private static String numbered(List<String> selects) {
		return IntStream.range(0, selects.size())
			.mapToObj((i) -> "select " + (i + 1) + ", " + selects.get(i))
			.collect(Collectors.joining(" union all ", "", " order by 1"));
	}

	private static String digest(String state) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(state.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/**
	 * @param etag a weak entity tag, as the {@code ETag} header carries it
	 * @param lastModified the newest change, to the second
	 */
	public record Validators(String etag, Instant lastModified) {
	}

}
