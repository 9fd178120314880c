/**
 * The home page of each language: the association in short, the latest news and episode,
 * the themes and the contact.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Home")
package be.mmmbelgium.site.home;
