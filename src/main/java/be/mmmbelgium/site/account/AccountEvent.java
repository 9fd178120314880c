package be.mmmbelgium.site.account;

import org.jspecify.annotations.Nullable;

import be.mmmbelgium.site.audit.AuditKind;
import be.mmmbelgium.site.audit.AuditLog;
import be.mmmbelgium.site.audit.Audited;
import be.mmmbelgium.site.audit.AuditedAs;

/**
 * What happens to accounts and to the site's security settings, published where it
 * happens; the audit log records each once its transaction has committed, or at once
 * outside a transaction. The target is the account's e-mail address. Refusals (a wrong
 * password, a locked account, a link that no longer works, a denied request) are not
 * events: they are written to the audit log directly, since what they refuse rolls back.
 */
public sealed interface AccountEvent extends Audited {

	/**
	 * Someone signed in.
	 *
	 * @param detail how, when it took more than a password
	 */
	@AuditedAs(AuditKind.SIGN_IN)
	record SignedIn(AuditLog.Actor actor, String target, @Nullable String detail) implements AccountEvent {
	}

	/** Someone signed out. */
	@AuditedAs(AuditKind.SIGN_OUT)
	record SignedOut(AuditLog.Actor actor, String target) implements AccountEvent {
	}

	/**
	 * An account was created, by an admin or at the first start.
	 *
	 * @param detail its role, or how it was made
	 */
	@AuditedAs(AuditKind.ACCOUNT_CREATED)
	record Created(AuditLog.Actor actor, String target, String detail) implements AccountEvent {
	}

	/**
	 * An admin gave an account another role.
	 *
	 * @param detail the new role
	 */
	@AuditedAs(AuditKind.ROLE_CHANGED)
	record RoleChanged(AuditLog.Actor actor, String target, String detail) implements AccountEvent {
	}

	/** An admin disabled an account. */
	@AuditedAs(AuditKind.ACCOUNT_DISABLED)
	record Disabled(AuditLog.Actor actor, String target) implements AccountEvent {
	}

	/** An admin enabled an account again. */
	@AuditedAs(AuditKind.ACCOUNT_ENABLED)
	record Enabled(AuditLog.Actor actor, String target) implements AccountEvent {
	}

	/** An admin sent a link to choose a new password. */
	@AuditedAs(AuditKind.PASSWORD_RESET_REQUESTED)
	record PasswordResetRequested(AuditLog.Actor actor, String target) implements AccountEvent {
	}

	/** A password was chosen through a one-time link. */
	@AuditedAs(AuditKind.PASSWORD_SET)
	record PasswordSet(AuditLog.Actor actor, String target) implements AccountEvent {
	}

	/** Someone changed their password. */
	@AuditedAs(AuditKind.PASSWORD_CHANGED)
	record PasswordChanged(AuditLog.Actor actor, String target) implements AccountEvent {
	}

	/**
	 * Someone chose the language of their back-office.
	 *
	 * @param detail the language's code
	 */
	@AuditedAs(AuditKind.LANGUAGE_CHANGED)
	record LanguageChanged(AuditLog.Actor actor, String target, String detail) implements AccountEvent {
	}

	/** Someone turned two-factor sign-in on. */
	@AuditedAs(AuditKind.TWO_FACTOR_ENABLED)
	record TwoFactorEnabled(AuditLog.Actor actor, String target) implements AccountEvent {
	}

	/** Someone turned two-factor sign-in off. */
	@AuditedAs(AuditKind.TWO_FACTOR_DISABLED)
	record TwoFactorDisabled(AuditLog.Actor actor, String target) implements AccountEvent {
	}

	/** A recovery code was used to sign in, and cannot be used again. */
	@AuditedAs(AuditKind.RECOVERY_CODE_USED)
	record RecoveryCodeUsed(AuditLog.Actor actor, String target) implements AccountEvent {
	}

	/**
	 * An admin changed a security setting of the site.
	 *
	 * @param target the setting
	 * @param detail its new value
	 */
	@AuditedAs(AuditKind.SETTING_CHANGED)
	record SettingChanged(AuditLog.Actor actor, String target, String detail) implements AccountEvent {
	}

	/**
	 * A link to create the first admin was issued.
	 *
	 * @param detail where it was given
	 */
	@AuditedAs(AuditKind.SETUP_LINK_ISSUED)
	record SetupLinkIssued(AuditLog.Actor actor, @Nullable String target, String detail) implements AccountEvent {
	}

}
