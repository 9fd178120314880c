package be.mmmbelgium.site.media;

import java.util.List;

/** An item that attaches documents of the library, in order, each with its title. */
public interface HasAttachments {

	/** The documents attached, in order; the list the item keeps. */
	List<Attachment> getAttachments();

	default void attach(MediaFile file, String title) {
		getAttachments().add(new Attachment(file, title));
	}

	default void detachAll() {
		getAttachments().clear();
	}

}
