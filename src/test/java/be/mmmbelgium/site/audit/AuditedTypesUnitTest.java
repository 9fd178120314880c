package be.mmmbelgium.site.audit;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every domain event the audit log records says what it is recorded as, so that none
 * fails only when it is first published.
 */
class AuditedTypesUnitTest {

	@Test
	void everyAuditedEventDeclaresItsKind() throws ClassNotFoundException {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
				return definition.getMetadata().isIndependent() && definition.getMetadata().isConcrete();
			}
		};
		scanner.addIncludeFilter(new AssignableTypeFilter(Audited.class));
		List<String> events = scanner.findCandidateComponents("be.mmmbelgium.site")
			.stream()
			.map((definition) -> definition.getBeanClassName())
			.toList();

		assertThat(events).as("the audited events").hasSizeGreaterThanOrEqualTo(29);
		for (String event : events) {
			assertThat(Class.forName(event).getAnnotation(AuditedAs.class)).as(event).isNotNull();
		}
	}

}
