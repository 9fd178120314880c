/**
 * Accounts as people manage them: the admins' list of accounts and each person's own
 * profile (password, language).
 */
@NullMarked
package be.mmmbelgium.site.account.profile;

import org.jspecify.annotations.NullMarked;
