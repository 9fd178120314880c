/**
 * Demo content for a new site: the association's pages, news and podcast in three
 * languages. Switched off in production.
 */
@NullMarked
@ApplicationModule(displayName = "Demo content")
package be.mmmbelgium.site.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
