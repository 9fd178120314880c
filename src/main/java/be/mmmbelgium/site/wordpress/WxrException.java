package be.mmmbelgium.site.wordpress;

/**
 * A WordPress export that cannot be read, with the reason in words an admin can act on:
 * as a {@link Note} for the back-office, in the admin's language, and in English for the
 * command line and the log.
 */
class WxrException extends RuntimeException {

	private final transient Note reason;

	WxrException(Note reason, String message) {
		super(message);
		this.reason = reason;
	}

	WxrException(Note reason, String message, Throwable cause) {
		super(message, cause);
		this.reason = reason;
	}

	Note reason() {
		return this.reason;
	}

}
