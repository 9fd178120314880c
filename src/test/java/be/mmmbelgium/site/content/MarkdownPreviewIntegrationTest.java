package be.mmmbelgium.site.content;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import be.mmmbelgium.site.account.AccountPrincipal;
import be.mmmbelgium.site.account.AccountRepository;
import be.mmmbelgium.site.account.Role;
import be.mmmbelgium.site.account.TestAccounts;
import be.mmmbelgium.site.test.SiteIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The live preview of the text fields renders Markdown as a save would, sanitised, for
 * the back-office's people only.
 */
@SiteIntegrationTest
class MarkdownPreviewIntegrationTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void thePreviewIsTheHtmlASaveWouldStoreSanitised() {
		AccountPrincipal volunteer = TestAccounts
			.principal(this.accounts.saveAndFlush(TestAccounts.account(Role.CONTRIBUTOR, this.encoder)));

		assertThat(this.mvc.post()
			.uri("/admin/markdown/preview")
			.param("text", "Les **mères** [lisent](https://example.org) <script>alert(1)</script>")
			.with(user(volunteer))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("<strong>mères</strong>", "href=\"https://example.org\"")
			.doesNotContain("<script");
	}

	@Test
	void thePreviewIsForSignedInPeopleSendingTheirFormsToken() {
		assertThat(this.mvc.post().uri("/admin/markdown/preview").param("text", "x").with(csrf()))
			.hasStatus3xxRedirection();
		AccountPrincipal volunteer = TestAccounts
			.principal(this.accounts.saveAndFlush(TestAccounts.account(Role.CONTRIBUTOR, this.encoder)));
		assertThat(this.mvc.post().uri("/admin/markdown/preview").param("text", "x").with(user(volunteer)))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

}
