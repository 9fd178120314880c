/**
 * What every module may use: the site's settings, its clock, and the escaping of
 * {@code LIKE} patterns that lists and the portable search share.
 */
@NullMarked
@ApplicationModule(displayName = "System")
package be.mmmbelgium.site.system;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
