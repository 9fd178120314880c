package be.mmmbelgium.site.page;

import org.jspecify.annotations.Nullable;

import be.mmmbelgium.site.web.Language;

/**
 * A page as the home page shows it, as a link or a card: not its text.
 *
 * @param language the page's language
 * @param slug its address in that language
 * @param title its title
 * @param summary a sentence or two on it
 * @param pageKey the role the site gives it, if any (see {@link PageKey})
 */
public record PageCard(Language language, String slug, String title, String summary, @Nullable String pageKey) {

}
