/**
 * Back-office accounts, roles, sign-in, passwords and two-factor authentication.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package be.mmmbelgium.site.account;
