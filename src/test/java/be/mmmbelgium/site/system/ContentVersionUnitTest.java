package be.mmmbelgium.site.system;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.Mockito.mock;

/**
 * The release fingerprint of the content version: the same for the same files, whatever
 * order they are found in, and different as soon as one file differs. The version is read
 * by one request at a time.
 */
class ContentVersionUnitTest {

	static ResourcePatternResolver finding(String... contents) {
		List<Resource> found = java.util.Arrays.stream(contents)
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
	void whileOneRequestReadsTheVersionTheOthersUseTheVersionReadLast() throws Exception {
		JdbcClient jdbc = mock(JdbcClient.class);
		JdbcClient.StatementSpec statement = mock(JdbcClient.StatementSpec.class);
		given(jdbc.sql(anyString())).willReturn(statement);
		given(statement.param(anyString(), any())).willReturn(statement);
		CountDownLatch reading = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		AtomicInteger queries = new AtomicInteger();
		willAnswer((invocation) -> {
			if (queries.incrementAndGet() == 2) {
				reading.countDown();
				release.await(10, TimeUnit.SECONDS);
			}
			return null;
		}).given(statement).query(any(RowCallbackHandler.class));
		ContentVersion version = new ContentVersion(jdbc, finding("class A"),
				new SiteProperties(URI.create("http://localhost"), new SiteProperties.Contact(null, null, null)),
				new MockEnvironment());
		Instant first = Instant.parse("2026-11-25T14:00:00Z");
		String etag = version.at(first);

		Thread reader = new Thread(() -> version.at(first.plusSeconds(1)));
		reader.start();
		assertThat(reading.await(10, TimeUnit.SECONDS)).as("the next second's version is being read").isTrue();
		assertThat(version.at(first.plusSeconds(1))).as("answered without waiting for it").isEqualTo(etag);
		release.countDown();
		reader.join(10_000);

		assertThat(queries).hasValue(2);
	}

}
