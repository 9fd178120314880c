package be.mmmbelgium.site.system;

/**
 * A signed-in person who chose the language of the back-office.
 */
public interface LanguagePreference {

	Language language();

}
