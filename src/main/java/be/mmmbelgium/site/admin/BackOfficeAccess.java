package be.mmmbelgium.site.admin;

import java.util.List;

/**
 * Which of a feature's back-office addresses are kept for admins, and which for editors
 * and admins, declared as a bean by the feature that owns them; the security
 * configuration gathers every one. Any other address of the back-office is open to every
 * signed-in contributor. Addresses are Spring path patterns: {@code *} stands for one
 * segment, {@code **} for any number.
 *
 * @param adminOnly the addresses only admins may use
 * @param editors the addresses editors and admins may use
 */
public record BackOfficeAccess(List<String> adminOnly, List<String> editors) {

	public BackOfficeAccess {
		adminOnly = List.copyOf(adminOnly);
		editors = List.copyOf(editors);
	}

	/** A section of the back-office, its address and every one under it, for admins. */
	public static BackOfficeAccess adminSection(String path) {
		return new BackOfficeAccess(section(path), List.of());
	}

	/**
	 * A section of the back-office, its address and every one under it, for editors and
	 * admins.
	 */
	public static BackOfficeAccess editorSection(String path) {
		return new BackOfficeAccess(List.of(), section(path));
	}

	/** Some addresses for editors and admins. */
	public static BackOfficeAccess editors(String... patterns) {
		return new BackOfficeAccess(List.of(), List.of(patterns));
	}

	private static List<String> section(String path) {
		return List.of(path, path + "/**");
	}

}
