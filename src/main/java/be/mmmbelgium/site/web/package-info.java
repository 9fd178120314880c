/**
 * The public site's web layer: languages and their addresses, the layout's model, error
 * pages, and filters that give every request one spelling.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package be.mmmbelgium.site.web;
