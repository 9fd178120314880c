package be.mmmbelgium.site.seo;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import tools.jackson.databind.json.JsonMapper;

/**
 * Adds the JSON-LD of public pages to their model (see {@link StructuredDataInterceptor}).
 */
@Configuration(proxyBeanMethods = false)
class SeoConfiguration implements WebMvcConfigurer {

	private final StructuredData structuredData;

	private final JsonMapper json;

	SeoConfiguration(StructuredData structuredData, JsonMapper json) {
		this.structuredData = structuredData;
		this.json = json;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new StructuredDataInterceptor(this.structuredData, this.json))
			.excludePathPatterns("/admin/**");
	}

}
