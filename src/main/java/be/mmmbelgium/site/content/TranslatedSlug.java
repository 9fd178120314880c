package be.mmmbelgium.site.content;

import be.mmmbelgium.site.web.Language;

/**
 * Where a translation of an item is, as the language switcher needs it: no more of its
 * row than its language and slug.
 *
 * @param language the translation's language
 * @param slug its slug in that language
 */
public record TranslatedSlug(Language language, String slug) {

}
