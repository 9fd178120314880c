/**
 * Podcast series, such as "Une mère presque parfaite", and their episodes.
 */
@NullMarked
@ApplicationModule(displayName = "Podcasts")
package be.mmmbelgium.site.podcast;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
