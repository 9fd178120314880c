/**
 * One-time links: the link that sets a password, the link that creates the first admin,
 * and the mail that sends them.
 */
@NullMarked
package be.mmmbelgium.site.account.link;

import org.jspecify.annotations.NullMarked;
