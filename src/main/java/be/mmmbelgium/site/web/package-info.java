/**
 * The public site's web layer: languages and their addresses, the layout's model, error
 * pages, and filters that give every request one spelling.
 */
@NullMarked
@ApplicationModule(displayName = "Web")
package be.mmmbelgium.site.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
