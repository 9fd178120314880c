/**
 * Redirects from addresses the site does not answer, such as those of the old WordPress
 * site, to pages here: a table admins edit, asked before a 404 or 410 is sent.
 */
@NullMarked
@ApplicationModule(displayName = "Redirects")
package be.mmmbelgium.site.redirect;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
