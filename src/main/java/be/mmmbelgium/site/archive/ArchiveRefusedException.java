package be.mmmbelgium.site.archive;

import java.util.List;

/**
 * An archive that is not imported, and why, as a message of the back-office
 * ({@code archive.refused.*}) with its arguments. Nothing of it was kept.
 */
class ArchiveRefusedException extends RuntimeException {

	private final String reason;

	private final List<Object> arguments;

	ArchiveRefusedException(String reason, Object... arguments) {
		super("Archive refused: " + reason + " " + List.of(arguments));
		this.reason = reason;
		this.arguments = List.of(arguments);
	}

	String messageKey() {
		return "archive.refused." + this.reason;
	}

	/** What the page says, before any import, of a site that takes none. */
	String noteKey() {
		return "archive.import." + this.reason;
	}

	Object[] arguments() {
		return this.arguments.toArray();
	}

}
