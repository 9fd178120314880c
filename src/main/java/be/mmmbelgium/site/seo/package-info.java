/**
 * What search engines read: robots.txt, the sitemaps, and whether the site may be
 * indexed.
 */
@NullMarked
@ApplicationModule(displayName = "Search engines")
package be.mmmbelgium.site.seo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
