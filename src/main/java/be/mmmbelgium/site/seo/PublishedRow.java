package be.mmmbelgium.site.seo;

import java.time.Instant;
import java.util.UUID;

import be.mmmbelgium.site.web.Language;

/**
 * What lists of published addresses need of an item, read without the item itself: its
 * translation group, language, slug (or path below its section) and last change.
 */
public record PublishedRow(UUID translationGroup, Language language, String slug, Instant updatedAt) {
}
