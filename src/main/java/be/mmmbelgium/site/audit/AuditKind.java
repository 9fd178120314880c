package be.mmmbelgium.site.audit;

import java.util.Locale;

/**
 * What an audit entry records.
 */
public enum AuditKind {

	SIGN_IN, SIGN_IN_FAILED, SIGN_IN_LOCKED, SIGN_OUT, PASSWORD_CHANGED, PASSWORD_RESET_REQUESTED, PASSWORD_SET,
	TWO_FACTOR_ENABLED, TWO_FACTOR_DISABLED, RECOVERY_CODE_USED, ACCOUNT_CREATED, ROLE_CHANGED, ACCOUNT_DISABLED,
	ACCOUNT_ENABLED, LANGUAGE_CHANGED, SETTING_CHANGED, SESSION_ENDED, ACCESS_DENIED, LINK_REFUSED,
	SETUP_LINK_ISSUED, CONTENT_CREATED, CONTENT_CHANGED, CONTENT_PUBLISHED, CONTENT_UNPUBLISHED;

	/** The key of the message that names this kind in the back-office. */
	public String messageKey() {
		return "audit.kind." + name().toLowerCase(Locale.ROOT);
	}

}
