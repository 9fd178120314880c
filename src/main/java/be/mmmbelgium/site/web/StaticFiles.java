package be.mmmbelgium.site.web;

/**
 * The files the site serves as they are, from {@code static/}: style sheets, scripts,
 * images and the icon. They need neither the database nor a language.
 */
public final class StaticFiles {

	private StaticFiles() {
	}

	/** Whether a path, as the site reads it decoded, is that of a static file. */
	public static boolean isStatic(String path) {
		return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/img/")
				|| path.equals("/favicon.ico");
	}

}
