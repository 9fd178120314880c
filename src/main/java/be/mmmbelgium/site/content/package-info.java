/**
 * What every kind of content shares: translations, publication, slugs and Markdown
 * bodies.
 */
@NullMarked
@ApplicationModule(displayName = "Content model")
package be.mmmbelgium.site.content;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
