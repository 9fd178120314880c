/**
 * News posts, their tags, the paginated list, the pages by tag and the archive by year.
 */
@NullMarked
@ApplicationModule(displayName = "News")
package be.mmmbelgium.site.news;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
