/**
 * The back-office shell: its layout's model, the marker of its controllers, the forms
 * kept across a sign-in, the search box of its lists, and the access rules each feature
 * declares for its addresses.
 */
@NullMarked
@ApplicationModule(displayName = "Back-office")
package be.mmmbelgium.site.admin;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
