/**
 * Two-factor sign-in: enrolling an authenticator app, its codes, the recovery codes, and
 * the setting that requires it of admins.
 */
package be.mmmbelgium.site.account.twofactor;
