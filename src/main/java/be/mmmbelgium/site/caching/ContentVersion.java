package be.mmmbelgium.site.caching;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.Assert;

import be.mmmbelgium.site.system.SiteProperties;

/**
 * The version of everything the public site shows, read from the database in one short
 * query over the tables the features declare ({@link PublicTable}): it changes whenever a
 * row the public sees (published content, a subject of a visible post, a redirect or a
 * removed address) is added, changed or deleted, whenever a scheduled item's time comes,
 * and with every new release or setting of the site; not when a draft is saved. Pages,
 * feeds and sitemaps are validated against it, so a visitor's repeated request is
 * answered 304 without rendering anything, by whichever instance of the site receives it.
 */
@Component
public class ContentVersion {

	/** The files a release of the site is made of, as far as its pages are concerned. */
	private static final List<String> RELEASE = List.of("classpath*:be/mmmbelgium/site/**/*.class",
			"classpath:templates/**/*.html", "classpath:messages*.properties", "classpath:static/**/*.*",
			"classpath:application.yml");

	private final JdbcClient jdbc;

	/**
	 * For each table public pages read, of the rows the public sees: how many, the sum of
	 * their versions (each change adds one), their newest change and their newest
	 * publication. Drafts, scheduled items and subjects no visible post carries are left
	 * out: what the back-office does with them shows nowhere on the public site, so it
	 * changes no public validator.
	 */
	private final String query;

	/**
	 * What a new release or another configuration changes: the code, and the site's
	 * settings.
	 */
	private final String release;

	/** How long a version read is used before it is read again, at most. */
	static final Duration REUSE = Duration.ofSeconds(1);

	/** Counts the changes this instance makes, so that its own changes show at once. */
	private static final AtomicLong CHANGES = new AtomicLong();

	private volatile @Nullable Reading last;

	/** Whether a request is reading the version now. */
	private final AtomicBoolean readInProgress = new AtomicBoolean();

	ContentVersion(JdbcClient jdbc, List<PublicTable> tables, ResourcePatternResolver resources, SiteProperties site,
			Environment environment) throws IOException {
		this.jdbc = jdbc;
		this.query = query(tables);
		this.release = fingerprint(resources) + " " + site + " indexing="
				+ environment.getProperty("mmm.indexing.enabled");
	}

	/**
	 * What the site is made of: its classes, templates, messages, static files and
	 * settings file, each file's content hashed and the hashes taken in order, so that
	 * every instance of one release agrees, wherever it runs from, and any new release
	 * differs.
	 */
	static String fingerprint(ResourcePatternResolver resources) throws IOException {
		List<String> hashes = new ArrayList<>();
		for (String pattern : RELEASE) {
			for (Resource resource : resources.getResources(pattern)) {
				if (resource.isReadable()) {
					hashes.add(digest(resource.getContentAsByteArray()));
				}
			}
		}
		Collections.sort(hashes);
		return digest(String.join(",", hashes).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The version at an instant, as a weak entity tag. A version read within the last
	 * {@link #REUSE} for the same second is used again, unless this instance changed
	 * something since: pages may be cached for a minute anyway, and the site then reads
	 * the version at most once a second under load, however large the tables, by one
	 * request while the others use the version read last.
	 */
	public String at(Instant instant) {
		// Publication instants are kept to the second: so is the version.
		Instant now = instant.truncatedTo(ChronoUnit.SECONDS);
		if (TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			// Inside a transaction that may write, what it has changed so far counts,
			// committed or not. A read-only one (the public pages') has changed nothing:
			// the version read last serves it, as it serves requests outside one.
			return read(now);
		}
		Reading reading = this.last;
		long changes = CHANGES.get();
		if (reading != null && reading.isValid(now, changes)) {
			return reading.etag();
		}
		boolean reader = this.readInProgress.compareAndSet(false, true);
		if (!reader && reading != null && reading.isRecent(now, changes)) {
			// Another request is reading it: the version of a moment ago serves
			// meanwhile, rather than every request of that moment running the same query
			// at once.
			return reading.etag();
		}
		try {
			String etag = read(now);
			this.last = new Reading(etag, now, changes, System.nanoTime());
			return etag;
		}
		finally {
			if (reader) {
				this.readInProgress.set(false);
			}
		}
	}

	private String read(Instant now) {
		StringBuilder state = new StringBuilder(this.release);
		this.jdbc.sql(this.query).param("now", Timestamp.from(now)).query((row) -> {
			state.append('|').append(row.getLong(2)).append(',').append(row.getLong(3));
			for (int column = 4; column <= 5; column++) {
				Timestamp instant = row.getTimestamp(column);
				state.append(',').append(instant == null ? "" : instant.toInstant());
			}
		});
		return "W/\"" + digest(state.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 24) + "\"";
	}

	/**
	 * Tells every version reader of this instance that content changed (see
	 * {@link Listener}).
	 */
	static void changed() {
		CHANGES.incrementAndGet();
	}

	/**
	 * Tells this instance that rows public pages show were written behind JPA's back (an
	 * import through JDBC, say), so that its next request reads the version again rather
	 * than reuse the one read before; the other instances read it within {@link #REUSE}.
	 */
	public void changedWithoutJpa() {
		changed();
	}

	/**
	 * The selects of the tables as one query, taken in the order of their names so that
	 * every instance reads them alike, each row numbered so that they are read in that
	 * order.
	 */
	static String query(List<PublicTable> tables) {
		List<String> selects = tables.stream()
			.sorted(Comparator.comparing(PublicTable::name))
			.map(PublicTable::select)
			.toList();
		Assert.notEmpty(selects, "Public pages read at least one table");
		return IntStream.range(0, selects.size())
			.mapToObj((i) -> "select " + (i + 1) + ", " + selects.get(i))
			.collect(Collectors.joining(" union all ", "", " order by 1"));
	}

	private static String digest(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	private record Reading(String etag, Instant now, long changes, long readAt) {

		boolean isValid(Instant at, long changesNow) {
			return this.now.equals(at) && this.changes == changesNow
					&& System.nanoTime() - this.readAt < REUSE.toNanos();
		}

		/**
		 * Whether it may stand in while the version is read again: no older than
		 * {@link #REUSE}.
		 */
		boolean isRecent(Instant at, long changesNow) {
			return this.changes == changesNow && !at.isAfter(this.now.plus(REUSE))
					&& System.nanoTime() - this.readAt < 2 * REUSE.toNanos();
		}

	}

	/**
	 * Told by JPA of every change to an entity public pages show, so that the next
	 * request to this instance reads the version again.
	 */
	public static class Listener {

		@PostPersist
		@PostUpdate
		@PostRemove
		void changed(Object entity) {
			ContentVersion.changed();
		}

	}

}
