package be.mmmbelgium.site.wordpress;

/**
 * An item of the export the site cannot take as it is, such as one whose title is longer
 * than any title here; the report says why and the item is left out, alone.
 */
class ItemRefusedException extends RuntimeException {

	private final transient Note reason;

	ItemRefusedException(Note reason) {
		super(reason.key() + " " + reason.arguments());
		this.reason = reason;
	}

	Note reason() {
		return this.reason;
	}

}
