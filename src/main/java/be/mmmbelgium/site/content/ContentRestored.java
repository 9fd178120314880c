package be.mmmbelgium.site.content;

import java.util.List;

/**
 * Content was taken out of the trash: its addresses may serve it again once it is
 * published.
 *
 * @param paths the public addresses the content had
 */
public record ContentRestored(List<String> paths) {

	public ContentRestored {
		paths = List.copyOf(paths);
	}

}
