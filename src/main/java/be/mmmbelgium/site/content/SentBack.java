package be.mmmbelgium.site.content;

/**
 * Something of a writer's that a reviewer sent back with a note: a draft, or changes
 * proposed to a published item.
 *
 * @param <T> the kind of content
 * @param item the item
 * @param by who sent it back, as the back-office names them
 * @param note what they ask
 */
public record SentBack<T extends TranslatableContent>(T item, String by, String note) {
}
