/**
 * The site search: published pages, posts and episodes in the visitor's language, ranked
 * by relevance, with PostgreSQL's full-text search or, on the embedded database, a
 * portable one.
 */
@NullMarked
@ApplicationModule(displayName = "Site search")
package be.mmmbelgium.site.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
