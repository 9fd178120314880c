/**
 * The home page of each language: the association in short, the latest news and episode,
 * the themes and the contact.
 */
@NullMarked
@ApplicationModule(displayName = "Home")
package be.mmmbelgium.site.home;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
