package be.mmmbelgium.site.system;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The release fingerprint of the content version: the same for the same files, whatever
 * order they are found in, and different as soon as one file differs.
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

}
