package be.mmmbelgium.site.account;

/**
 * The back-office session cookie, configured in {@code application.yml} under
 * {@code server.servlet.session}.
 */
final class SessionSettings {

	static final String COOKIE_NAME = "MMM_SESSION";

	private SessionSettings() {
	}

}
