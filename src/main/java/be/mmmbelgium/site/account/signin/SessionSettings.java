package be.mmmbelgium.site.account.signin;

/**
 * The back-office session cookie, configured in {@code application.yml} under
 * {@code server.servlet.session}.
 */
public final class SessionSettings {

	public static final String COOKIE_NAME = "MMM_SESSION";

	private SessionSettings() {
	}

}
