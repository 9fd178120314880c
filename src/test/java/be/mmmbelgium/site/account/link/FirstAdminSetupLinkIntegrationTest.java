package be.mmmbelgium.site.account.link;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import be.mmmbelgium.site.account.AccountRepository;
import be.mmmbelgium.site.account.Role;
import be.mmmbelgium.site.test.PostgresTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * On a site without accounts nor admin settings, a one-time setup link in the log makes
 * the first admin. There is no default password.
 */
@ExtendWith(OutputCaptureExtension.class)
// The link is written as the site starts: this test starts it, whatever ran before.
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
@SpringBootTest
@AutoConfigureMockMvc
@PostgresTest
class FirstAdminSetupLinkIntegrationTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountRepository accounts;

	@Test
	void theLinkInTheLogCreatesTheFirstAdminOnce(CapturedOutput output) {
		Matcher matcher = Pattern.compile("https://www\\.example\\.test(/admin/setup/[A-Za-z0-9_-]{43})")
			.matcher(output.getAll());
		assertThat(matcher.find()).as("a setup link in the log").isTrue();
		String link = matcher.group(1);
		assertThat(this.accounts.count()).isZero();

		assertThat(this.mvc.get().uri(link)).hasStatusOk().hasViewName("admin/setup");
		assertThat(this.mvc.get().uri("/admin/setup/" + "b".repeat(43))).hasViewName("admin/link-invalid");
		assertThat(this.mvc.post()
			.uri(link)
			.param("displayName", "Présidente")
			.param("email", "presidente@example.org")
			.param("password", "le conseil se réunit")
			.param("confirmation", "le conseil se réunit")
			.with(csrf())).hasRedirectedUrl("/admin/login?passwordSet");

		assertThat(this.accounts.findByEmail("presidente@example.org"))
			.hasValueSatisfying((admin) -> assertThat(admin.getRole()).isEqualTo(Role.ADMIN));
		assertThat(this.mvc.get().uri(link)).hasViewName("admin/link-invalid");
		assertThat(this.mvc.post()
			.uri(link)
			.param("displayName", "Intruse")
			.param("email", "intruse@example.org")
			.param("password", "une autre phrase longue")
			.param("confirmation", "une autre phrase longue")
			.with(csrf())).hasViewName("admin/link-invalid");
		assertThat(this.accounts.count()).isEqualTo(1);
	}

}
