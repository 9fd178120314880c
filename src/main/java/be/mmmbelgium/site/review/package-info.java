/**
 * What awaits review: the back-office start page that lists it and the mail that
 * announces it.
 */
@NullMarked
@ApplicationModule(displayName = "Review")
package be.mmmbelgium.site.review;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
