package be.mmmbelgium.site.media;

/**
 * An upload the site does not keep, with the reason in words the person who sent it can
 * act on: the message key {@code media.refused.<reason>} and its arguments.
 */
public class UploadRefusedException extends RuntimeException {

	private final String reason;

	private final transient Object[] arguments;

	UploadRefusedException(String reason, Object... arguments) {
		super("Upload refused: " + reason);
		this.reason = reason;
		this.arguments = arguments;
	}

	public String messageKey() {
		return "media.refused." + this.reason;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}
