package be.mmmbelgium.site.account.link;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import be.mmmbelgium.site.account.Account;
import be.mmmbelgium.site.account.AccountRepository;
import be.mmmbelgium.site.account.Role;
import be.mmmbelgium.site.account.TestAccounts;
import be.mmmbelgium.site.test.SiteIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A one-time link works once even when two requests (on two instances, say) both found it
 * valid before either used it.
 */
@SiteIntegrationTest
class OneTimeLinksIntegrationTest {

	@Autowired
	OneTimeLinks links;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void aLinkFoundByTwoRequestsAtOnceIsUsedByOneOfThemOnly() {
		Account account = this.accounts.saveAndFlush(TestAccounts.account(Role.CONTRIBUTOR, this.encoder));
		String token = this.links.issue(AccountToken.Purpose.SET_PASSWORD, account, Duration.ofHours(1));
		AccountToken first = this.links.find(AccountToken.Purpose.SET_PASSWORD, token).orElseThrow();
		AccountToken second = this.links.find(AccountToken.Purpose.SET_PASSWORD, token).orElseThrow();

		assertThat(this.links.use(first)).isTrue();
		assertThat(this.links.use(second)).isFalse();
	}

}
