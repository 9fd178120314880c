/**
 * What the site does while its database is out of reach: 503s at once, and forms given
 * back.
 */
@NullMarked
@ApplicationModule(displayName = "Database outage")
package be.mmmbelgium.site.outage;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
