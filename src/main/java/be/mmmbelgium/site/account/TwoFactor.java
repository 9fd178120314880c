package be.mmmbelgium.site.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.mmmbelgium.site.audit.AuditKind;
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

	private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private final SecureRandom random = new SecureRandom();

	private final AccountRepository accounts;

	private final RecoveryCodeRepository recoveryCodes;

	private final SiteSettingRepository settings;

	private final PasswordEncoder passwordEncoder;

	private final AuditLog audit;

	private final Clock clock;

	TwoFactor(AccountRepository accounts, RecoveryCodeRepository recoveryCodes, SiteSettingRepository settings,
			PasswordEncoder passwordEncoder, AuditLog audit, Clock clock) {
		this.accounts = accounts;
		this.recoveryCodes = recoveryCodes;
		this.settings = settings;
		this.passwordEncoder = passwordEncoder;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The secret being enrolled, with the address its QR code shows. A new secret is made
	 * unless one is waiting for confirmation already.
	 */
	public Enrolment enrolment(long accountId) {
		Account account = account(accountId);
		if (account.isTotpEnabled()) {
			throw new Accounts.AccountChangeRefused("twoFactor.alreadyOn");
		}
		if (account.getTotpSecret() == null) {
			account.startTwoFactor(Totp.newSecret());
		}
		String uri = Totp.uri(ISSUER, account.getEmail(), account.getTotpSecret());
		return new Enrolment(account.getTotpSecret(), uri, QrCode.svg(uri));
	}

	/**
	 * Turns two-factor sign-in on once the person shows a code of their app.
	 *
	 * @return the recovery codes, shown once
	 */
	public List<String> confirm(AccountPrincipal who, String code, String clientAddress) {
		Account account = account(who.id());
		if (account.getTotpSecret() == null || account.isTotpEnabled()) {
			throw new Accounts.AccountChangeRefused("twoFactor.noEnrolment");
		}
		OptionalLong step = Totp.verify(account.getTotpSecret(), code, Instant.now(this.clock), null);
		if (step.isEmpty()) {
			throw new Accounts.AccountChangeRefused("twoFactor.codeWrong");
		}
		account.confirmTwoFactor();
		account.codeUsed(step.getAsLong());
		this.audit.record(AuditKind.TWO_FACTOR_ENABLED, who.actor(), account.getEmail(), null, clientAddress);
		return newRecoveryCodes(account);
	}

	public void disable(AccountPrincipal who, String password, String clientAddress) {
		Account account = account(who.id());
		if (!this.passwordEncoder.matches(password, account.getPasswordHash())) {
			throw new Accounts.AccountChangeRefused("password.current.wrong");
		}
		if (isRequiredFor(account)) {
			throw new Accounts.AccountChangeRefused("twoFactor.required");
		}
		account.stopTwoFactor();
		this.recoveryCodes.deleteByAccount(account);
		this.audit.record(AuditKind.TWO_FACTOR_DISABLED, who.actor(), account.getEmail(), null, clientAddress);
	}

	/**
	 * Checks the second factor at sign-in: a code of the app, or an unused recovery code.
	 */
	public boolean verifySignIn(long accountId, String code, String clientAddress) {
		Account account = account(accountId);
		if (!account.isTotpEnabled()) {
			return false;
		}
		OptionalLong step = Totp.verify(account.getTotpSecret(), code, Instant.now(this.clock),
				account.getTotpLastStep());
		if (step.isPresent()) {
			account.codeUsed(step.getAsLong());
			return true;
		}
		String letters = code == null ? "" : code.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
		if (letters.length() != 10) {
			return false;
		}
		return this.recoveryCodes.findByAccountAndCodeHash(account, OneTimeLinks.hash(recoveryForm(letters)))
			.filter((recovery) -> !recovery.isUsed())
			.map((recovery) -> {
				recovery.use(Instant.now(this.clock));
				this.audit.record(AuditKind.RECOVERY_CODE_USED, new AuditLog.Actor(account.getId(), account.getEmail()),
						account.getEmail(), this.recoveryCodes.countByAccountAndUsedAtIsNull(account) - 1 + " left",
						clientAddress);
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

	public void requireForAdmins(boolean required, AccountPrincipal by, String clientAddress) {
		SiteSetting setting = this.settings.findById(SiteSetting.TWO_FACTOR_REQUIRED_FOR_ADMINS)
			.orElseGet(() -> new SiteSetting(SiteSetting.TWO_FACTOR_REQUIRED_FOR_ADMINS, "false"));
		setting.setSettingValue(Boolean.toString(required));
		this.settings.save(setting);
		this.audit.record(AuditKind.SETTING_CHANGED, by.actor(), SiteSetting.TWO_FACTOR_REQUIRED_FOR_ADMINS,
				Boolean.toString(required), clientAddress);
	}

	/** Whether this account must set up two-factor sign-in before doing anything else. */
	@Transactional(readOnly = true)
	public boolean mustEnrol(long accountId) {
		Account account = account(accountId);
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
			this.recoveryCodes.save(new RecoveryCode(account, OneTimeLinks.hash(code)));
		}
		return codes;
	}

	/** A recovery code as it is shown and hashed: two groups of five, {@code abcde-fghjk}. */
	private static String recoveryForm(String letters) {
		return letters.substring(0, 5) + "-" + letters.substring(5);
	}

	private String randomCode() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 10; i++) {
			code.append(RECOVERY_ALPHABET.charAt(this.random.nextInt(RECOVERY_ALPHABET.length())));
		}
		return code.toString();
	}

	private Account account(long id) {
		return this.accounts.findById(id).orElseThrow(() -> new Accounts.AccountChangeRefused("account.unknown"));
	}

	/**
	 * @param secret the secret in base 32, for typing into an app by hand
	 * @param uri the otpauth address the QR code holds
	 * @param qrSvg the QR code, drawn as SVG
	 */
	public record Enrolment(String secret, String uri, String qrSvg) {
	}

}
