/**
 * What search engines read: robots.txt, the sitemaps, and whether the site may be
 * indexed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search engines")
package be.mmmbelgium.site.seo;
