/**
 * What the XML the site writes needs: text escaped for XML, feed entry ids, HTML as feed
 * readers take it, and the feeds a page names.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Feeds")
package be.mmmbelgium.site.feed;
