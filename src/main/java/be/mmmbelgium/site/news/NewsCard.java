package be.mmmbelgium.site.news;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import be.mmmbelgium.site.media.MediaFile;
import be.mmmbelgium.site.web.Language;

/**
 * A post as lists show it (the news pages, a subject, a year, the home page): what its
 * card needs and not its text, which lists never show and which is most of a post's row.
 *
 * @param language the post's language
 * @param slug its address in that language
 * @param title its title
 * @param excerpt its summary
 * @param publishedAt when it was published
 * @param cover its picture, if it has one
 * @param coverAlt what the picture shows, for those who cannot see it
 */
public record NewsCard(Language language, String slug, String title, String excerpt, Instant publishedAt,
		@Nullable MediaFile cover, @Nullable String coverAlt) {

}
