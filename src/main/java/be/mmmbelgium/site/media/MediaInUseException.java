package be.mmmbelgium.site.media;

import java.util.List;

/**
 * A file that cannot be deleted because something still uses it.
 */
public class MediaInUseException extends RuntimeException {

	private final transient List<MediaUse.Use> uses;

	MediaInUseException(List<MediaUse.Use> uses) {
		super("Media file still used by " + uses.size() + " item(s)");
		this.uses = List.copyOf(uses);
	}

	public List<MediaUse.Use> uses() {
		return this.uses;
	}

}
