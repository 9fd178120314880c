package be.mmmbelgium.site.account.link;

import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import be.mmmbelgium.site.account.Account;
import be.mmmbelgium.site.account.AccountEvent;
import be.mmmbelgium.site.account.AccountRepository;
import be.mmmbelgium.site.account.Accounts;
import be.mmmbelgium.site.account.PasswordPolicy;
import be.mmmbelgium.site.audit.AuditLog;
import be.mmmbelgium.site.system.SiteProperties;

/**
 * Gives a site without any account its first admin: from {@code MMM_ADMIN_EMAIL} and
 * {@code MMM_ADMIN_PASSWORD} when both are set, otherwise through a one-time setup link
 * written to the log. There is never a default password.
 */
@Component
class FirstAdmin implements ApplicationRunner {

	static final Duration SETUP_LINK_VALIDITY = Duration.ofHours(24);

	private static final Logger logger = LoggerFactory.getLogger(FirstAdmin.class);

	private final AccountRepository accounts;

	private final Accounts accountService;

	private final OneTimeLinks links;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final SiteProperties site;

	private final String email;

	private final String password;

	FirstAdmin(AccountRepository accounts, Accounts accountService, OneTimeLinks links,
			ApplicationEventPublisher events, TransactionTemplate transaction, SiteProperties site,
			@Value("${mmm.admin.email:}") String email, @Value("${mmm.admin.password:}") String password) {
		this.accounts = accounts;
		this.accountService = accountService;
		this.links = links;
		this.events = events;
		this.transaction = transaction;
		this.site = site;
		this.email = email;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.accounts.count() > 0) {
			return;
		}
		if (!this.email.isBlank() && !this.password.isBlank()) {
			Account admin;
			try {
				Optional<Account> created = this.accountService.createFirstAdminFromSettings(this.email, this.password);
				if (created.isEmpty()) {
					logger.info("The first admin was created by another instance starting at the same time");
					return;
				}
				admin = created.get();
			}
			catch (Accounts.AccountChangeRefused refused) {
				throw new IllegalStateException(
						"MMM_ADMIN_PASSWORD is refused (" + refused.messageKey() + "): choose one of at least "
								+ PasswordPolicy.MINIMUM_LENGTH + " characters that is not a common password",
						refused);
			}
			this.events.publishEvent(new AccountEvent.Created(AuditLog.Actor.NOBODY, admin.getEmail(),
					"first admin, from MMM_ADMIN_EMAIL"));
			logger.info("First admin created for {} from MMM_ADMIN_EMAIL and MMM_ADMIN_PASSWORD", admin.getEmail());
			return;
		}
		String token = this.transaction
			.execute((status) -> this.links.issue(AccountToken.Purpose.FIRST_ADMIN, null, SETUP_LINK_VALIDITY));
		this.events.publishEvent(new AccountEvent.SetupLinkIssued(AuditLog.Actor.NOBODY, null, "written to the log"));
		logger.warn("""

				No account exists yet. Create the first admin within 24 hours at:

				    {}

				This link works once. Alternatively set MMM_ADMIN_EMAIL and MMM_ADMIN_PASSWORD and restart.
				""", this.site.absolute(SetupController.PATH + "/" + token));
	}

}
