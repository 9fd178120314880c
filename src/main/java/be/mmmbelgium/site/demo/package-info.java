/**
 * Demo content for a new site: the association's pages, news and podcast in three
 * languages. Switched off in production.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo content")
package be.mmmbelgium.site.demo;
