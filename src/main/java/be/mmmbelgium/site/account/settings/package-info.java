/**
 * The site's security settings, kept in the database and changed by admins.
 */
@NullMarked
package be.mmmbelgium.site.account.settings;

import org.jspecify.annotations.NullMarked;
