package be.mmmbelgium.site.account;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

import be.mmmbelgium.site.account.link.AccountToken;
import be.mmmbelgium.site.account.link.FirstAdminClaim;
import be.mmmbelgium.site.account.link.OneTimeLinks;
import be.mmmbelgium.site.account.link.PasswordLinkController;
import be.mmmbelgium.site.account.signin.CurrentPassword;
import be.mmmbelgium.site.audit.AuditLog;
import be.mmmbelgium.site.system.SiteProperties;
import be.mmmbelgium.site.web.ContentNotFoundException;
import be.mmmbelgium.site.web.Language;

/**
 * Everything done to accounts: creating them, their roles, their passwords and their
 * language, each change written to the audit log.
 */
@Service
@Transactional
public class Accounts {

	private final AccountRepository accounts;

	private final OneTimeLinks links;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy policy;

	private final ApplicationEventPublisher events;

	private final CurrentPassword currentPassword;

	private final Clock clock;

	private final SiteProperties site;

	private final FirstAdminClaim firstAdmin;

	Accounts(AccountRepository accounts, OneTimeLinks links, PasswordEncoder passwordEncoder, PasswordPolicy policy,
			ApplicationEventPublisher events, CurrentPassword currentPassword, Clock clock, SiteProperties site,
			FirstAdminClaim firstAdmin) {
		this.site = site;
		this.firstAdmin = firstAdmin;
		this.currentPassword = currentPassword;
		this.accounts = accounts;
		this.links = links;
		this.passwordEncoder = passwordEncoder;
		this.policy = policy;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Account> all() {
		return this.accounts.findAll(Sort.by("displayName", "email"));
	}

	/** The people who may act as {@code role} (or above), whose accounts are enabled. */
	@Transactional(readOnly = true)
	public List<Account> enabledWithRole(Role role) {
		return all().stream().filter((account) -> account.isEnabled() && account.getRole().includes(role)).toList();
	}

	/**
	 * How the back-office names each of these people, by account id, for those still
	 * there.
	 */
	@Transactional(readOnly = true)
	public Map<Long, String> displayNames(Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		this.accounts.findAllById(ids).forEach((account) -> names.put(account.getId(), account.getDisplayName()));
		return names;
	}

	/** How the back-office names someone, if their account still exists. */
	@Transactional(readOnly = true)
	public Optional<String> displayNameOf(long id) {
		return this.accounts.findById(id).map(Account::getDisplayName);
	}

	@Transactional(readOnly = true)
	public Account get(long id) {
		return this.accounts.findById(id).orElseThrow(() -> new ContentNotFoundException("Account"));
	}

	/** The account with this e-mail, whatever its case. */
	@Transactional(readOnly = true)
	public Optional<Account> withEmail(String email) {
		return this.accounts.findByEmail(Account.normalise(email));
	}

	@Transactional(readOnly = true)
	public boolean emailTaken(String email) {
		return this.accounts.existsByEmail(Account.normalise(email));
	}

	/**
	 * Creates an account without a password, and the one-time link with which its owner
	 * chooses one.
	 * @return the account, with the token of its link
	 */
	public NewAccount create(String email, String displayName, Role role, AccountPrincipal by) {
		Account account = this.accounts.save(new Account(email, displayName, role));
		this.events.publishEvent(new AccountEvent.Created(by.actor(), account.getEmail(), role.name()));
		return new NewAccount(account,
				this.links.issue(AccountToken.Purpose.SET_PASSWORD, account, OneTimeLinks.SET_PASSWORD_VALIDITY));
	}

	/**
	 * An account just created, with the token of its setup link.
	 *
	 * @param account the account created
	 * @param token the token of the one-time link with which its owner chooses a password
	 */
	public record NewAccount(Account account, String token) {
	}

	/**
	 * A new one-time link to choose a password, for an account whose owner forgot theirs.
	 */
	public String resetLink(long id, AccountPrincipal by) {
		return resetLink(get(id), by.actor());
	}

	/**
	 * The address of a new one-time link to choose a password, for each enabled admin who
	 * has none: after a site is imported from the command line, its admins come without
	 * one, and only such a link lets them in.
	 */
	public Map<String, String> passwordLinksForAdminsWithoutPassword(AuditLog.Actor by) {
		Map<String, String> links = new LinkedHashMap<>();
		enabledWithRole(Role.ADMIN).stream()
			.filter((admin) -> !admin.hasPassword())
			.forEach((admin) -> links.put(admin.getEmail(),
					this.site.absolute(PasswordLinkController.PATH + "/" + resetLink(admin, by))));
		return links;
	}

	private String resetLink(Account account, AuditLog.Actor by) {
		this.events.publishEvent(new AccountEvent.PasswordResetRequested(by, account.getEmail()));
		return this.links.issue(AccountToken.Purpose.SET_PASSWORD, account, OneTimeLinks.SET_PASSWORD_VALIDITY);
	}

	public void changeRole(long id, Role role, AccountPrincipal by) {
		Account account = get(id);
		if (account.getRole() != role) {
			refuseOwnDemotion(account, by);
			account.changeRole(role);
			this.events.publishEvent(new AccountEvent.RoleChanged(by.actor(), account.getEmail(), role.name()));
		}
	}

	public void disable(long id, AccountPrincipal by) {
		Account account = get(id);
		if (account.getId() == by.id()) {
			throw new AccountChangeRefused("account.disable.self");
		}
		if (account.isEnabled()) {
			account.disable();
			this.links.revoke(account);
			this.events.publishEvent(new AccountEvent.Disabled(by.actor(), account.getEmail()));
		}
	}

	public void enable(long id, AccountPrincipal by) {
		Account account = get(id);
		if (!account.isEnabled()) {
			account.enable();
			this.events.publishEvent(new AccountEvent.Enabled(by.actor(), account.getEmail()));
		}
	}

	/**
	 * The account a one-time link lets someone choose the password of, while it is valid.
	 */
	@Transactional(readOnly = true)
	public Optional<Account> accountOfLink(String token) {
		return this.links.find(AccountToken.Purpose.SET_PASSWORD, token)
			.map(AccountToken::getAccount)
			.filter(Account::isEnabled);
	}

	/** Sets the password chosen through a one-time link, which then stops working. */
	public void setPasswordWithLink(String token, String password) {
		AccountToken link = this.links.find(AccountToken.Purpose.SET_PASSWORD, token)
			.orElseThrow(() -> new AccountChangeRefused("password.link.invalid"));
		Account account = link.getAccount();
		if (account == null || !account.isEnabled()) {
			throw new AccountChangeRefused("password.link.invalid");
		}
		this.policy.problem(password, account.getEmail()).ifPresent((problem) -> {
			throw new AccountChangeRefused(problem);
		});
		// Used once the password is known to be accepted, before anything changes: used
		// meanwhile by another request, the link refuses this one.
		if (!this.links.use(link)) {
			throw new AccountChangeRefused("password.link.invalid");
		}
		setPassword(account, password);
		this.events.publishEvent(new AccountEvent.PasswordSet(new AuditLog.Actor(account.getId(), account.getEmail()),
				account.getEmail()));
	}

	public void changePassword(AccountPrincipal who, String current, String password) {
		Account account = get(who.id());
		this.currentPassword.check(account, current);
		setPassword(account, password);
		this.events.publishEvent(new AccountEvent.PasswordChanged(who.actor(), account.getEmail()));
	}

	public void changeLanguage(AccountPrincipal who, Language language) {
		Account account = get(who.id());
		account.setLanguage(language);
		this.events.publishEvent(new AccountEvent.LanguageChanged(who.actor(), account.getEmail(), language.code()));
	}

	/** Whether a setup link may still create the first admin. */
	@Transactional(readOnly = true)
	public boolean setupLinkValid(String token) {
		return this.accounts.count() == 0 && this.links.find(AccountToken.Purpose.FIRST_ADMIN, token).isPresent();
	}

	/**
	 * Creates the first admin through the setup link logged at start-up, which then stops
	 * working.
	 */
	public void createFirstAdmin(String token, String email, String displayName, String password) {
		AccountToken link = this.links.find(AccountToken.Purpose.FIRST_ADMIN, token)
			.filter((found) -> this.accounts.count() == 0)
			.orElseThrow(() -> new AccountChangeRefused("password.link.invalid"));
		// Another instance's link, used at the same moment, may be making an admin too.
		if (!this.firstAdmin.claim(email)) {
			throw new AccountChangeRefused("password.link.invalid");
		}
		Account admin = createAdmin(email, displayName, password);
		// Used once the admin is made (their password accepted); used meanwhile by
		// another request, the link refuses this one, and the admin made is rolled back.
		if (!this.links.use(link)) {
			throw new AccountChangeRefused("password.link.invalid");
		}
		this.events.publishEvent(new AccountEvent.Created(new AuditLog.Actor(admin.getId(), admin.getEmail()),
				admin.getEmail(), "first admin, from the setup link"));
	}

	/**
	 * Creates the first admin from the settings, in a transaction of its own, unless
	 * another instance starting at the same moment did.
	 * @return the admin, or empty when another instance created the first admin
	 */
	public Optional<Account> createFirstAdminFromSettings(String email, String password) {
		if (!this.firstAdmin.claim(email)) {
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
			return Optional.empty();
		}
		return Optional.of(createAdmin(email, email, password));
	}

	/** Creates an admin with a password, for the first admin of a new site. */
	public Account createAdmin(String email, String displayName, String password) {
		Account account = new Account(email, displayName, Role.ADMIN);
		setPassword(account, password);
		return this.accounts.save(account);
	}

	private void setPassword(Account account, String password) {
		this.policy.problem(password, account.getEmail()).ifPresent((problem) -> {
			throw new AccountChangeRefused(problem);
		});
		// To the microsecond, as the database keeps it, so that sessions compare it
		// exactly.
		account.setPasswordHash(Objects.requireNonNull(this.passwordEncoder.encode(password)),
				Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS));
		if (account.getId() != null) {
			this.links.revoke(account);
		}
	}

	private void refuseOwnDemotion(Account account, AccountPrincipal by) {
		if (account.getId() == by.id()) {
			throw new AccountChangeRefused("account.role.self");
		}
	}

	/** A change to an account that its rules refuse; the message key says why. */
	public static class AccountChangeRefused extends RuntimeException {

		private final String messageKey;

		public AccountChangeRefused(String messageKey) {
			super(messageKey);
			this.messageKey = messageKey;
		}

		public String messageKey() {
			return this.messageKey;
		}

	}

}
