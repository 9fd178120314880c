/**
 * What every module may use: the site's settings, its clock, the escaping of {@code LIKE}
 * patterns that lists and the portable search share, the secrets instances share, and how
 * a module declares its tables and files to the site archive.
 */
@NullMarked
@ApplicationModule(displayName = "System")
package be.mmmbelgium.site.system;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
