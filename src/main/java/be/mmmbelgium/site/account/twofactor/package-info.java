/**
 * Two-factor sign-in: enrolling an authenticator app, its codes, the recovery codes, and
 * the setting that requires it of admins.
 */
@NullMarked
package be.mmmbelgium.site.account.twofactor;

import org.jspecify.annotations.NullMarked;
