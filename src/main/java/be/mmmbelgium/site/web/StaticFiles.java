package be.mmmbelgium.site.web;

import java.util.List;

import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The files the site serves as they are, from {@code static/}: style sheets, scripts,
 * images and the icon. They need neither the database nor a language.
 */
public final class StaticFiles {

	/** The folders of {@code static/}, each served under its own name. */
	static final List<String> FOLDERS = List.of("css", "js", "img");

	private StaticFiles() {
	}

	/** Whether a path, as the site reads it decoded, is that of a static file. */
	public static boolean isStatic(String path) {
		return FOLDERS.stream().anyMatch((folder) -> path.startsWith("/" + folder + "/"))
				|| path.equals("/favicon.ico");
	}

	/**
	 * Serves each folder under its name, linked with a fingerprint of the content in the
	 * file name (see {@code StaticFileCaching}). Only these paths are static files: were
	 * every path one, as by default, each link a template builds would be looked for on
	 * the class path first.
	 */
	static void addTo(ResourceHandlerRegistry registry) {
		for (String folder : FOLDERS) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.resourceChain(true)
				.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		}
	}

}
