package be.mmmbelgium.site.account.link;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import be.mmmbelgium.site.account.AccountPrincipal;
import be.mmmbelgium.site.account.AccountRepository;
import be.mmmbelgium.site.account.Role;
import be.mmmbelgium.site.test.SiteIntegrationTest;

import static be.mmmbelgium.site.account.AccountFixtures.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * With an SMTP server configured, a new account's link also goes out by e-mail, in the
 * account's language.
 */
@SiteIntegrationTest
class LinkMailIntegrationTest {

	@MockitoBean
	JavaMailSender mailSender;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void theLinkIsMailedToTheNewAccount() {
		AccountPrincipal admin = new AccountPrincipal(account(this.accounts, this.encoder, Role.ADMIN));

		assertThat(this.mvc.post()
			.uri("/admin/accounts/new")
			.param("email", "mail@example.org")
			.param("displayName", "Une bénévole")
			.param("role", "CONTRIBUTOR")
			.with(user(admin))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("Le lien a aussi été envoyé par e-mail à mail@example.org");

		ArgumentCaptor<SimpleMailMessage> sent = ArgumentCaptor.forClass(SimpleMailMessage.class);
		verify(this.mailSender).send(sent.capture());
		assertThat(sent.getValue().getTo()).containsExactly("mail@example.org");
		assertThat(sent.getValue().getSubject()).isEqualTo("Votre accès au back-office de MMM Belgium");
		assertThat(sent.getValue().getText()).contains("Bonjour Une bénévole")
			.containsPattern("https://www\\.example\\.test/admin/password/[A-Za-z0-9_-]{43}");
	}

}
