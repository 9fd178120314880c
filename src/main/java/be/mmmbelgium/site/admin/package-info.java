/**
 * The back-office shell: its start page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Back-office")
package be.mmmbelgium.site.admin;
