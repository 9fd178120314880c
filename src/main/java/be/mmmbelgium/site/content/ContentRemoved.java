package be.mmmbelgium.site.content;

import java.util.List;

/**
 * Content left the public site on purpose, moved to the trash or deleted for good: its
 * addresses should answer 410 Gone from now on, in the same transaction.
 *
 * @param paths the public addresses the content had
 */
public record ContentRemoved(List<String> paths) {

	public ContentRemoved {
		paths = List.copyOf(paths);
	}

}
