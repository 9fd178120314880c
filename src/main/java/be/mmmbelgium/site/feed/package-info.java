/**
 * What the XML the site writes needs: text escaped for XML, feed entry ids, HTML as feed
 * readers take it, and the feeds a page names.
 */
@NullMarked
@ApplicationModule(displayName = "Feeds")
package be.mmmbelgium.site.feed;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
