package be.mmmbelgium.site.account.twofactor;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.mmmbelgium.site.account.Account;
import be.mmmbelgium.site.account.AccountEvent;
import be.mmmbelgium.site.account.AccountPrincipal;
import be.mmmbelgium.site.account.AccountRepository;
import be.mmmbelgium.site.account.Accounts;
import be.mmmbelgium.site.account.Role;
import be.mmmbelgium.site.account.link.OneTimeLinks;
import be.mmmbelgium.site.account.settings.SiteSetting;
import be.mmmbelgium.site.account.settings.SiteSettingRepository;
import be.mmmbelgium.site.account.signin.CurrentPassword;
import be.mmmbelgium.site.audit.AuditLog;

/**
 * Two-factor sign-in: enrolment with an authenticator app, the codes it shows, and the
 * recovery codes that replace it once each.
 */
@Service
@Transactional
public class TwoFactor {

	static final String ISSUER = "MMM Belgium";

	static final int RECOVERY_CODES = 10;

	static final int RECOVERY_CODE_LENGTH = 16;

	private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private final SecureRandom random = new SecureRandom();

	private final AccountRepository accounts;

	private final RecoveryCodeRepository recoveryCodes;

	private final SiteSettingRepository settings;

	private final CurrentPassword currentPassword;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TwoFactor(AccountRepository accounts, RecoveryCodeRepository recoveryCodes, SiteSettingRepository settings,
			CurrentPassword currentPassword, ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.recoveryCodes = recoveryCodes;
		this.settings = settings;
		this.currentPassword = currentPassword;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A new secret to enrol, with the address its QR code shows. It is kept nowhere but
	 * in the page and the enrolling person's session until they confirm it with a code.
	 */
	public Enrolment newEnrolment(long accountId) {
		return enrolment(accountId, Totp.newSecret());
	}

	/**
	 * The enrolment of a secret already shown, when a wrong code brings the page back.
	 */
	public Enrolment enrolment(long accountId, String secret) {
		Account account = account(accountId);
		if (account.isTotpEnabled()) {
			throw new Accounts.AccountChangeRefused("twoFactor.alreadyOn");
		}
		String uri = Totp.uri(ISSUER, account.getEmail(), secret);
		return new Enrolment(secret, uri, QrCode.svg(uri));
	}

	/**
	 * Turns two-factor sign-in on once the person shows a code of the secret they
	 * enrolled.
	 * @return the recovery codes, shown once
	 */
	public List<String> confirm(AccountPrincipal who, @Nullable String secret, String code) {
		Account account = account(who.id());
		if (secret == null || account.isTotpEnabled()) {
			throw new Accounts.AccountChangeRefused("twoFactor.noEnrolment");
		}
		OptionalLong step = Totp.verify(secret, code, Instant.now(this.clock), null);
		if (step.isEmpty()) {
			throw new Accounts.AccountChangeRefused("twoFactor.codeWrong");
		}
		account.enableTwoFactor(secret, step.getAsLong());
		this.events.publishEvent(new AccountEvent.TwoFactorEnabled(who.actor(), account.getEmail()));
		return newRecoveryCodes(account);
	}

	public void disable(AccountPrincipal who, String password) {
		Account account = account(who.id());
		this.currentPassword.check(account, password);
		if (isRequiredFor(account)) {
			throw new Accounts.AccountChangeRefused("twoFactor.required");
		}
		account.stopTwoFactor();
		this.recoveryCodes.deleteByAccount(account);
		this.events.publishEvent(new AccountEvent.TwoFactorDisabled(who.actor(), account.getEmail()));
	}

	/**
	 * Checks the second factor at sign-in: a code of the app, or an unused recovery code.
	 */
	public boolean verifySignIn(long accountId, @Nullable String code) {
		Account account = account(accountId);
		String secret = account.getTotpSecret();
		if (!account.isTotpEnabled() || secret == null) {
			return false;
		}
		OptionalLong step = Totp.verify(secret, code, Instant.now(this.clock), account.getTotpLastStep());
		if (step.isPresent()) {
			return this.accounts.useCodeStep(account.getId(), step.getAsLong()) == 1;
		}
		String letters = code == null ? "" : code.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
		if (letters.length() != RECOVERY_CODE_LENGTH) {
			return false;
		}
		return this.recoveryCodes.findByAccountAndCodeHash(account, recoveryHash(account, recoveryForm(letters)))
			.filter((recovery) -> this.recoveryCodes.use(recovery.getId(), Instant.now(this.clock)) == 1)
			.map((recovery) -> {
				this.events.publishEvent(new AccountEvent.RecoveryCodeUsed(
						new AuditLog.Actor(account.getId(), account.getEmail()), account.getEmail()));
				return true;
			})
			.orElse(false);
	}

	@Transactional(readOnly = true)
	public long recoveryCodesLeft(long accountId) {
		return this.recoveryCodes.countByAccountAndUsedAtIsNull(account(accountId));
	}

	@Transactional(readOnly = true)
	public boolean requiredForAdmins() {
		return this.settings.findById(SiteSetting.TWO_FACTOR_REQUIRED_FOR_ADMINS)
			.map((setting) -> Boolean.parseBoolean(setting.getSettingValue()))
			.orElse(false);
	}

	public void requireForAdmins(boolean required, AccountPrincipal by) {
		SiteSetting setting = this.settings.findById(SiteSetting.TWO_FACTOR_REQUIRED_FOR_ADMINS)
			.orElseGet(() -> new SiteSetting(SiteSetting.TWO_FACTOR_REQUIRED_FOR_ADMINS, "false"));
		setting.setSettingValue(Boolean.toString(required));
		this.settings.save(setting);
		this.events.publishEvent(new AccountEvent.SettingChanged(by.actor(), SiteSetting.TWO_FACTOR_REQUIRED_FOR_ADMINS,
				Boolean.toString(required)));
	}

	/** Whether this account must set up two-factor sign-in before doing anything else. */
	@Transactional(readOnly = true)
	public boolean mustEnrol(Account account) {
		return !account.isTotpEnabled() && isRequiredFor(account);
	}

	private boolean isRequiredFor(Account account) {
		return account.getRole() == Role.ADMIN && requiredForAdmins();
	}

	private List<String> newRecoveryCodes(Account account) {
		this.recoveryCodes.deleteByAccount(account);
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < RECOVERY_CODES; i++) {
			String code = recoveryForm(randomCode());
			codes.add(code);
			this.recoveryCodes.save(new RecoveryCode(account, recoveryHash(account, code)));
		}
		return codes;
	}

	/**
	 * A recovery code as it is shown and hashed: four groups of four,
	 * {@code abcd-efgh-jkmn-pqrs}.
	 */
	private static String recoveryForm(String letters) {
		return String.join("-", letters.substring(0, 4), letters.substring(4, 8), letters.substring(8, 12),
				letters.substring(12));
	}

	/**
	 * The stored form of a recovery code. With 16 characters of a 31-letter alphabet (79
	 * bits) a code cannot be found from its hash, and the account in the hash makes each
	 * account's codes a search of their own.
	 */
	private static String recoveryHash(Account account, String code) {
		return OneTimeLinks.hash(account.getId() + ":" + code);
	}

	private String randomCode() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < RECOVERY_CODE_LENGTH; i++) {
			code.append(RECOVERY_ALPHABET.charAt(this.random.nextInt(RECOVERY_ALPHABET.length())));
		}
		return code.toString();
	}

	private Account account(long id) {
		return this.accounts.findById(id).orElseThrow(() -> new Accounts.AccountChangeRefused("account.unknown"));
	}

	/**
	 * What someone needs to add the account to an authenticator app.
	 *
	 * @param secret the secret in base 32, for typing into an app by hand
	 * @param uri the otpauth address the QR code holds
	 * @param qrSvg the QR code, drawn as SVG
	 */
	public record Enrolment(String secret, String uri, String qrSvg) {
	}

}
