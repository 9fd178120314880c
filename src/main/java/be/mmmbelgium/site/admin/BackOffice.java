package be.mmmbelgium.site.admin;

/**
 * Addresses of the back-office that its shell and the sign-in both need.
 */
public final class BackOffice {

	/**
	 * The sign-in page, where a kept form sends its writer back after signing in again.
	 */
	public static final String SIGN_IN = "/admin/login";

	private BackOffice() {
	}

}
