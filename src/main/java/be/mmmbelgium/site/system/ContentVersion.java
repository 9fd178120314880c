package be.mmmbelgium.site.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;

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

	/**
	 * For each table public pages read: how many rows, the sum of their versions (each
	 * change adds one), their newest change, and the newest publication whose time has come.
	 */
	private static final String QUERY = """
			select 1, count(*), coalesce(sum(version), 0), max(updated_at),
			       max(case when published_at <= :now then published_at end) from news_post
			union all
			select 2, count(*), coalesce(sum(version), 0), max(updated_at),
			       max(case when published_at <= :now then published_at end) from page
			union all
			select 3, count(*), coalesce(sum(version), 0), max(updated_at),
			       max(case when published_at <= :now then published_at end) from podcast_series
			union all
			select 4, count(*), coalesce(sum(version), 0), max(updated_at),
			       max(case when published_at <= :now then published_at end) from episode
			union all
			select 5, count(*), coalesce(sum(version), 0), cast(null as timestamp with time zone),
			       cast(null as timestamp with time zone) from tag
			union all
			select 6, count(*), coalesce(sum(version), 0), max(updated_at), cast(null as timestamp with time zone)
			  from redirect
			union all
			select 7, count(*), 0, max(removed_at), cast(null as timestamp with time zone) from removed_path
			order by 1
			""";

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
