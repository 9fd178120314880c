package be.mmmbelgium.site.web;

/**
 * The person signed in to the back-office, as the layout shows them: their name, and the
 * language they chose for it.
 */
public interface BackOfficeUser {

	String displayName();

	Language language();

}
