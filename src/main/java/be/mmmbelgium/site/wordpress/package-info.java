/**
 * Moving in from WordPress: its export file (WXR) read as a stream, turned into the
 * site's pages, news, subjects and media, with every old address sent to its new one;
 * from the back-office or the command line.
 */
@NullMarked
@ApplicationModule(displayName = "WordPress import")
package be.mmmbelgium.site.wordpress;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
