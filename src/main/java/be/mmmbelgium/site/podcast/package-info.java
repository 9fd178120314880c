/**
 * Podcast series, such as "Une mère presque parfaite", and their episodes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Podcasts")
package be.mmmbelgium.site.podcast;
