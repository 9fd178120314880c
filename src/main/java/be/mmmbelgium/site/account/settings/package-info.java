/**
 * The site's security settings, kept in the database and changed by admins.
 */
package be.mmmbelgium.site.account.settings;
