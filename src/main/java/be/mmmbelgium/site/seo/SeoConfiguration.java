package be.mmmbelgium.site.seo;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Adds the JSON-LD of public pages to their model (see
 * {@link StructuredDataInterceptor}).
 */
@Configuration(proxyBeanMethods = false)
class SeoConfiguration implements WebMvcConfigurer {

	/** Absent from slices of the application that test controllers alone. */
	private final ObjectProvider<StructuredData> structuredData;

	private final ObjectProvider<JsonMapper> json;

	SeoConfiguration(ObjectProvider<StructuredData> structuredData, ObjectProvider<JsonMapper> json) {
		this.structuredData = structuredData;
		this.json = json;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		StructuredData available = this.structuredData.getIfAvailable();
		if (available == null) {
			return;
		}
		registry.addInterceptor(new StructuredDataInterceptor(available, this.json.getObject()))
			.excludePathPatterns("/admin/**");
	}

}
