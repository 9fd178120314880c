package be.mmmbelgium.site.content;

import org.jspecify.annotations.Nullable;

/**
 * An item of any kind of content that awaits someone in the back-office: a draft or
 * changes sent back to their writer, changes proposed for review to someone who
 * publishes.
 *
 * @param kind the kind of content ({@code news}, {@code episode}, {@code page},
 * {@code series})
 * @param title the item's title
 * @param formPath where its form is
 * @param by who sent it back, as the back-office names them; null when nobody did
 * @param note what they ask; null when nobody sent it back
 */
public record Awaiting(String kind, String title, String formPath, @Nullable String by, @Nullable String note) {
}
