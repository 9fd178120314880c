package be.mmmbelgium.site.caching;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;

import be.mmmbelgium.site.system.SiteProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.Mockito.mock;

/**
 * The release fingerprint of the content version: the same for the same files, whatever
 * order they are found in, and different as soon as one file differs. The tables the
 * features declare are read in one query, in the same order on every instance. The
 * version is read by one request at a time.
 */
class ContentVersionUnitTest {

	static ResourcePatternResolver finding(String... contents) {
		List<Resource> found = Arrays.stream(contents)
			.map((content) -> (Resource) new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)))
			.toList();
		return new ResourcePatternResolver() {

			@Override
			public Resource[] getResources(String pattern) {
				return pattern.endsWith(".class") ? found.toArray(Resource[]::new) : new Resource[0];
			}

			@Override
			public Resource getResource(String location) {
				return new DefaultResourceLoader().getResource(location);
			}

			@Override
			public ClassLoader getClassLoader() {
				return getClass().getClassLoader();
			}

		};
	}

	@Test
	void aReleaseIsKnownByWhatItIsMadeOf() throws Exception {
		String release = ContentVersion.fingerprint(finding("<p>page</p>", "class A"));
		assertThat(ContentVersion.fingerprint(finding("class A", "<p>page</p>"))).isEqualTo(release);
		assertThat(ContentVersion.fingerprint(finding("<p>page!</p>", "class A"))).isNotEqualTo(release);
		assertThat(ContentVersion.fingerprint(finding("<p>page</p>"))).isNotEqualTo(release);
	}

	@Test
	void theDeclaredTablesAreReadInTheOrderOfTheirNamesWhateverTheOrderTheyCameIn() {
		PublicTable posts = PublicTable.publishedContent("news_post");
		PublicTable redirects = new PublicTable("redirect", true, "updated_at", null, null);
		PublicTable removed = new PublicTable("removed_path", false, "removed_at", null, null);
		String query = ContentVersion.query(List.of(removed, posts, redirects));
		assertThat(ContentVersion.query(List.of(redirects, removed, posts))).isEqualTo(query);
		assertThat(query).isEqualTo("select 1, count(*), coalesce(sum(version), 0), max(updated_at), max(published_at)"
				+ " from news_post where news_post.status = 'PUBLISHED' and news_post.published_at <= :now"
				+ " union all select 2, count(*), coalesce(sum(version), 0), max(updated_at),"
				+ " cast(null as timestamp with time zone) from redirect"
				+ " union all select 3, count(*), 0, max(removed_at), cast(null as timestamp with time zone)"
				+ " from removed_path order by 1");
	}

	@Test
	void whileOneRequestReadsTheVersionTheOthersUseTheVersionReadLastIfRecent() throws Exception {
		JdbcClient jdbc = mock(JdbcClient.class);
		JdbcClient.StatementSpec statement = mock(JdbcClient.StatementSpec.class);
		given(jdbc.sql(anyString())).willReturn(statement);
		given(statement.param(anyString(), any())).willReturn(statement);
		// The second and third queries wait until the test lets them go on.
		List<CountDownLatch> started = List.of(new CountDownLatch(1), new CountDownLatch(1));
		List<CountDownLatch> released = List.of(new CountDownLatch(1), new CountDownLatch(1));
		AtomicInteger queries = new AtomicInteger();
		willAnswer((invocation) -> {
			int query = queries.incrementAndGet();
			if (query == 2 || query == 3) {
				started.get(query - 2).countDown();
				released.get(query - 2).await(10, TimeUnit.SECONDS);
			}
			// Each query finds the content changed: a version of its own.
			ResultSet row = mock(ResultSet.class);
			given(row.getLong(2)).willReturn((long) query);
			invocation.getArgument(0, RowCallbackHandler.class).processRow(row);
			return null;
		}).given(statement).query(any(RowCallbackHandler.class));
		ContentVersion version = new ContentVersion(jdbc, List.of(PublicTable.publishedContent("news_post")),
				finding("class A"),
				new SiteProperties(URI.create("http://localhost"), new SiteProperties.Contact(null, null, null)),
				new MockEnvironment());
		Instant first = Instant.parse("2026-11-25T14:00:00Z");
		String etag = version.at(first);

		Thread reader = new Thread(() -> version.at(first.plusSeconds(1)));
		reader.start();
		assertThat(started.get(0).await(10, TimeUnit.SECONDS)).as("the next second's version is being read").isTrue();
		assertThat(version.at(first.plusSeconds(1))).as("answered without waiting for it").isEqualTo(etag);
		released.get(0).countDown();
		reader.join(10_000);
		String read = version.at(first.plusSeconds(1));
		assertThat(read).as("the version that request read").isNotEqualTo(etag);
		assertThat(queries).hasValue(2);

		Thread later = new Thread(() -> version.at(first.plusSeconds(5)));
		later.start();
		assertThat(started.get(1).await(10, TimeUnit.SECONDS)).isTrue();
		assertThat(version.at(first.plusSeconds(5))).as("a version four seconds old does not stand in")
			.isNotIn(etag, read);
		assertThat(queries).hasValue(4);
		released.get(1).countDown();
		later.join(10_000);
	}

}
