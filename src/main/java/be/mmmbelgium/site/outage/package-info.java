/**
 * What the site does while its database is out of reach: 503s at once, and forms given
 * back.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database outage")
package be.mmmbelgium.site.outage;
