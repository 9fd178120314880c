/**
 * Signing in and out: the password check, throttled per account and per client address,
 * the two-factor code asked next, and the sessions that end when their account changes.
 */
package be.mmmbelgium.site.account.signin;
