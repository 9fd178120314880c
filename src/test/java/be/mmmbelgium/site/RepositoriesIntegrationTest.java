package be.mmmbelgium.site;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.Repository;

import be.mmmbelgium.site.test.SiteIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Repositories are made when first used (see {@code bootstrap-mode} in
 * {@code application.yml}), so that the site starts sooner; this test makes every one of
 * them, which checks every query they declare, so that one that does not hold fails the
 * build rather than the first request that needs it.
 */
@SiteIntegrationTest
class RepositoriesIntegrationTest {

	@Autowired
	ApplicationContext context;

	@Test
	void everyRepositoryOfTheSiteIsMadeWithItsQueries() {
		Map<String, Repository> made = this.context.getBeansOfType(Repository.class);

		Set<String> declared = repositoryInterfaces();
		assertThat(declared).as("the repositories the code declares").hasSizeGreaterThan(10);
		Set<String> madeTypes = made.values()
			.stream()
			.flatMap((repository) -> Set.of(repository.getClass().getInterfaces()).stream())
			.map(Class::getName)
			.collect(Collectors.toSet());
		assertThat(madeTypes).containsAll(declared);
	}

	private static Set<String> repositoryInterfaces() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {

			@Override
			protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
				return definition.getMetadata().isInterface()
						&& !definition.getMetadata().hasAnnotation(NoRepositoryBean.class.getName());
			}

		};
		scanner.addIncludeFilter(new AssignableTypeFilter(Repository.class));
		return scanner.findCandidateComponents("be.mmmbelgium.site")
			.stream()
			.map(BeanDefinition::getBeanClassName)
			.collect(Collectors.toSet());
	}

}
