package be.mmmbelgium.site.demo;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Demo content is loaded when {@code mmm.demo-content} says so; when it is not set, it is
 * loaded on the embedded database, which is for trying the site, and not on a real
 * server.
 */
class DemoContentCondition implements Condition {

	static final String PROPERTY = "mmm.demo-content";

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		String setting = context.getEnvironment().getProperty(PROPERTY, "");
		if (!setting.isBlank()) {
			return Boolean.parseBoolean(setting.strip());
		}
		String url = context.getEnvironment().getProperty("spring.datasource.url", "");
		return url.startsWith("jdbc:h2:");
	}

}
