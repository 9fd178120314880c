/**
 * How the public site's answers are kept: validators, 304s, caching headers and the
 * answers this instance rendered last, all keyed by the version of the content.
 */
@NullMarked
@ApplicationModule(displayName = "Caching")
package be.mmmbelgium.site.caching;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
