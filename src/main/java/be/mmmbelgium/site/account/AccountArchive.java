package be.mmmbelgium.site.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import be.mmmbelgium.site.system.ArchivedTable;

/**
 * The tables of accounts in the site archive: the accounts without their secrets (an
 * imported account has no password until its owner chooses one through a link, and no
 * second factor), the settings; never what signs someone in.
 */
@Configuration(proxyBeanMethods = false)
class AccountArchive {

	@Bean
	ArchivedTable archivedAccounts() {
		return ArchivedTable.accounts("account", "email")
			.withholding("password_hash", "totp_secret", "totp_enabled", "totp_last_step");
	}

	@Bean
	ArchivedTable archivedSettings() {
		return ArchivedTable.of("site_setting").withRowsReplacedOnImport();
	}

	@Bean
	ArchivedTable unarchivedAccountTokens() {
		return ArchivedTable.leftOut("account_token", "one-time links work on the site that sent them");
	}

	@Bean
	ArchivedTable unarchivedRecoveryCodes() {
		return ArchivedTable.leftOut("recovery_code", "secrets of a second factor the new site does not have");
	}

	@Bean
	ArchivedTable unarchivedThrottle() {
		return ArchivedTable.leftOut("login_throttle", "failed sign-ins of the old site");
	}

	@Bean
	ArchivedTable unarchivedSessions() {
		return ArchivedTable.leftOut("spring_session", "sessions sign people in to the old site only");
	}

	@Bean
	ArchivedTable unarchivedSessionAttributes() {
		return ArchivedTable.leftOut("spring_session_attributes", "sessions sign people in to the old site only");
	}

}
