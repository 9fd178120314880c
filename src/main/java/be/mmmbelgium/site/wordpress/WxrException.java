package be.mmmbelgium.site.wordpress;

/**
 * A WordPress export that cannot be read, with a message that says why in words an admin
 * can act on.
 */
class WxrException extends RuntimeException {

	WxrException(String message) {
		super(message);
	}

	WxrException(String message, Throwable cause) {
		super(message, cause);
	}

}
