package be.mmmbelgium.site.web;

/**
 * One step of a breadcrumb trail.
 *
 * @param label the text of the step, or the key of the message that gives it
 * @param message whether {@code label} is a message key, as for a section of the site
 * @param path where the step leads
 */
public record Crumb(String label, boolean message, String path) {

	public static Crumb text(String label, String path) {
		return new Crumb(label, false, path);
	}

	public static Crumb message(String key, String path) {
		return new Crumb(key, true, path);
	}

}
