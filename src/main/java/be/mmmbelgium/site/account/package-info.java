/**
 * Back-office accounts, roles, sign-in, passwords and two-factor authentication. Other
 * modules see only this package: the account, its principal, its role and
 * {@link be.mmmbelgium.site.account.Accounts}; its parts are internal sub-packages
 * ({@code signin}, {@code twofactor}, {@code link}, {@code profile}, {@code settings}),
 * brought together by the security configuration.
 */
@NullMarked
@ApplicationModule(displayName = "Accounts")
package be.mmmbelgium.site.account;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
