/**
 * What every kind of content shares: translations, publication, slugs and Markdown
 * bodies.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Content model")
package be.mmmbelgium.site.content;
