package be.mmmbelgium.site.content;

import java.util.List;

/**
 * What changed in the source of a translation since it was last brought up to date.
 *
 * @param <T> the kind of content
 * @param source the item translated
 * @param changes its changes since the translation was made or last brought up to date
 */
public record SourceChanges<T>(T source, List<Revisions.Passage> changes) {
}
