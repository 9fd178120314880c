/**
 * Cross-cutting concerns of the site: settings, languages and URLs, the clock, error pages and the layout model.
 */
@org.springframework.modulith.ApplicationModule(displayName = "System")
package be.mmmbelgium.site.system;
