package be.mmmbelgium.site.podcast;

import be.mmmbelgium.site.web.Language;

/**
 * Where a translation of an episode is: its language, the slug of its series in that
 * language and its own.
 *
 * @param language the translation's language
 * @param seriesSlug the slug of its series
 * @param slug its own slug
 */
record EpisodeSlugs(Language language, String seriesSlug, String slug) {

}
