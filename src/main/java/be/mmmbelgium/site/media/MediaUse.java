package be.mmmbelgium.site.media;

import java.util.List;

/**
 * Something that can use media files, such as news posts. Each feature that does says
 * where a file is used, so the library can show it and refuses to delete the file.
 */
public interface MediaUse {

	/** Where the file is used. */
	List<Use> usesOf(MediaFile file);

	/**
	 * One item using a file.
	 *
	 * @param kind the message key naming the kind of item, such as {@code media.use.news}
	 * @param title the item's title, with its language
	 * @param path the item's address in the back-office
	 */
	record Use(String kind, String title, String path) {
	}

}
