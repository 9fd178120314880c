/**
 * Signing in and out: the password check, throttled per account and per client address,
 * the two-factor code asked next, and the sessions that end when their account changes.
 */
@NullMarked
package be.mmmbelgium.site.account.signin;

import org.jspecify.annotations.NullMarked;
