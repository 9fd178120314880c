package be.mmmbelgium.site.content;

/**
 * An item that may not be published as it stands, for a reason its kind of content gives
 * (a podcast series without its square cover, for one): the editor is told the reason.
 */
public class NotPublishableException extends IllegalStateException {

	private final String messageKey;

	/**
	 * Says what an item lacks to be published.
	 * @param messageKey the message that tells the editor what the item lacks
	 */
	public NotPublishableException(String messageKey) {
		super("Not publishable: " + messageKey);
		this.messageKey = messageKey;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

}
