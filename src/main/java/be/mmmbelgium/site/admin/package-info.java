/**
 * The back-office shell: its layout's model, the marker of its controllers, the forms
 * kept across a sign-in, and the search box of its lists.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Back-office")
package be.mmmbelgium.site.admin;
