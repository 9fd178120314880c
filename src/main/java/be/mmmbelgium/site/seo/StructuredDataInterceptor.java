package be.mmmbelgium.site.seo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

import be.mmmbelgium.site.web.Crumb;
import be.mmmbelgium.site.web.Language;
import be.mmmbelgium.site.web.LanguageVersions;

/**
 * Writes the JSON-LD of a public page once its controller is done: the page's own
 * {@link PageMetadata#structuredData()} and, on a page with breadcrumbs, the
 * {@code BreadcrumbList} of its trail. The layout puts each object in a script element.
 */
class StructuredDataInterceptor implements HandlerInterceptor {

	static final String MODEL_ATTRIBUTE = "structuredData";

	private final StructuredData structuredData;

	private final JsonMapper json;

	StructuredDataInterceptor(StructuredData structuredData, JsonMapper json) {
		this.structuredData = structuredData;
		this.json = json;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable ModelAndView view) {
		String viewName = (view != null && view.isReference()) ? view.getViewName() : null;
		if (view == null || viewName == null || viewName.startsWith("redirect:")) {
			return;
		}
		Map<String, Object> model = view.getModel();
		if (!(model.get("language") instanceof Language language)
				|| !(model.get(PageMetadata.MODEL_ATTRIBUTE) instanceof PageMetadata metadata)) {
			return;
		}
		List<Map<String, Object>> objects = new ArrayList<>(metadata.structuredData());
		if (model.get("breadcrumbs") instanceof List<?> trail && metadata.title() != null) {
			objects.add(
					this.structuredData
						.breadcrumbs(language, trail.stream().map(Crumb.class::cast).toList(), metadata.title(),
								canonicalPath(model))
						.toMap());
		}
		model.put(MODEL_ATTRIBUTE, objects.stream().map(this::script).toList());
	}

	private static String canonicalPath(Map<String, Object> model) {
		if (model.get("canonicalPath") instanceof String path) {
			return path;
		}
		if (model.get(LanguageVersions.MODEL_ATTRIBUTE) instanceof LanguageVersions versions) {
			return versions.canonicalPath();
		}
		throw new IllegalStateException("A page with breadcrumbs names its canonical path or its language versions");
	}

	/**
	 * The JSON of an object, safe inside a script element: the characters that could end
	 * it or start markup are written as escapes, which JSON reads back the same.
	 */
	private String script(Map<String, Object> object) {
		return this.json.writeValueAsString(object)
			.replace("<", "\\u003c")
			.replace(">", "\\u003e")
			.replace("&", "\\u0026");
	}

}
