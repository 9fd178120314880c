package be.mmmbelgium.site.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import be.mmmbelgium.site.account.Account;
import be.mmmbelgium.site.account.AccountRepository;
import be.mmmbelgium.site.account.Role;
import be.mmmbelgium.site.account.TestAccounts;
import be.mmmbelgium.site.hostile.HostileInputs.Hostile;
import be.mmmbelgium.site.test.SiteIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The forms no link leads to, each opened as its user opens it: the password form of a
 * one-time link, the form that creates the first admin of a site without accounts, and
 * the form of the second factor's code. Every hostile input in every field: never a 5xx
 * nor a page where the input came alive as markup.
 */
@SiteIntegrationTest
class HostileAccountFormsIntegrationTest extends HostileSiteTests {

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyFieldOfThePasswordFormOfAOneTimeLinkTakesEveryHostileInput() {
		Account account = this.accounts.saveAndFlush(TestAccounts.account(Role.CONTRIBUTOR, this.encoder));
		String link = TestAccounts.passwordLink(this.context, account);

		fuzz(link, List.of("password", "confirmation"), UnaryOperator.identity());

		assertThat(this.site.failures()).as("hostile inputs mishandled").isEmpty();
	}

	@Test
	void everyFieldOfTheFirstAdminFormTakesEveryHostileInput() {
		// A site without accounts, as on its first start: what this test's transaction
		// sees.
		for (String table : List.of("news_post", "page", "podcast_series", "episode")) {
			this.jdbc.sql("update " + table + " set author_id = null").update();
		}
		this.jdbc.sql("delete from account").update();
		String link = TestAccounts.setupLink(this.context);

		fuzz(link, List.of("email", "displayName", "password", "confirmation"), UnaryOperator.identity());

		assertThat(this.accounts.count()).as("no hostile input made an admin").isZero();
		assertThat(this.site.failures()).as("hostile inputs mishandled").isEmpty();
	}

	@Test
	void theCodeOfTheSecondFactorTakesEveryHostileInput() {
		List<Account> owing = new ArrayList<>();
		int[] requests = { 0 };
		// A new account every four requests, and an address for each, so that the
		// throttle (five failures) does not turn the later inputs away before their code
		// is checked.
		fuzz("/admin/login/code", List.of("code"), (request) -> {
			int n = requests[0]++;
			if (n % 4 == 0) {
				owing.add(this.accounts.saveAndFlush(TestAccounts.account(Role.EDITOR, this.encoder)));
			}
			Account account = owing.get(owing.size() - 1);
			return request.with(authentication(TestAccounts.owingTwoFactorCode(TestAccounts.principal(account))))
				.with((sent) -> {
					sent.setRemoteAddr("192.0.2." + (n % 250 + 1));
					return sent;
				});
		});

		assertThat(this.site.failures()).as("hostile inputs mishandled").isEmpty();
	}

	/**
	 * Opens the form at {@code path} as {@code as} signs the request, checks it has the
	 * {@code expected} fields, then sends every hostile input in each of them in turn,
	 * the other fields as the page filled them in.
	 */
	private void fuzz(String path, List<String> expected, UnaryOperator<AbstractMockHttpServletRequestBuilder<?>> as) {
		MvcTestResult opened = this.mvc.perform(as.apply(MockMvcRequestBuilders.get(path)));
		assertThat(opened).as(path).hasStatusOk();
		HtmlForm form = HtmlForm.find(HostileSite.page(opened), path, path).orElseThrow();
		assertThat(form.fields()).as("the fields of the form at " + path).containsKeys(expected.toArray(String[]::new));
		for (String field : expected) {
			for (Hostile hostile : HostileInputs.ALL) {
				String what = form.describe() + " field '" + field + "' with " + hostile;
				this.site.send(this.mvc, as.apply(HostileSite.request(form, field, hostile.value(), csrf())), null,
						what);
			}
		}
	}

}
