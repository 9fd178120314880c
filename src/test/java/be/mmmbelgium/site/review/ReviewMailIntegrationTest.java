package be.mmmbelgium.site.review;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import be.mmmbelgium.site.account.Account;
import be.mmmbelgium.site.account.AccountPrincipal;
import be.mmmbelgium.site.account.AccountRepository;
import be.mmmbelgium.site.account.Role;
import be.mmmbelgium.site.account.TestAccounts;
import be.mmmbelgium.site.test.PostgresTest;
import be.mmmbelgium.site.web.Language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * With an SMTP server configured, the people who review a kind of content are told by
 * e-mail, in their own language, when a draft of that kind awaits them; not the person
 * who submitted it. Not in a test transaction: the mail goes out once the submission is
 * committed.
 */
@SpringBootTest(properties = "spring.application.name=review-mail-test")
@AutoConfigureMockMvc
@PostgresTest
class ReviewMailIntegrationTest {

	@MockitoBean
	JavaMailSender mailSender;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void theEditorsAreToldThatANewsPostAwaitsReviewEachInTheirLanguage() {
		Account contributor = save(TestAccounts.account(Role.CONTRIBUTOR, this.encoder));
		Account editor = save(TestAccounts.account(Role.EDITOR, this.encoder, Language.NL));
		Account admin = save(TestAccounts.account(Role.ADMIN, this.encoder));
		// Read back as stored, as the check of each request reads it.
		AccountPrincipal writer = TestAccounts.principal(this.accounts.findById(contributor.getId()).orElseThrow());

		String post = this.mvc.post()
			.uri("/admin/news/new")
			.param("language", "FR")
			.param("title", "Une marche des mères")
			.param("intent", "SUBMIT")
			.with(user(writer))
			.with(csrf())
			.exchange()
			.getResponse()
			.getRedirectedUrl();
		assertThat(post).matches("/admin/news/\\d+");

		ArgumentCaptor<SimpleMailMessage> sent = ArgumentCaptor.forClass(SimpleMailMessage.class);
		verify(this.mailSender, atLeast(1)).send(sent.capture());
		List<SimpleMailMessage> mails = sent.getAllValues();
		assertThat(mails).flatExtracting((mail) -> List.of(mail.getTo()))
			.contains(editor.getEmail(), admin.getEmail())
			.doesNotContain(contributor.getEmail());
		SimpleMailMessage dutch = mails.stream()
			.filter((mail) -> mail.getTo()[0].equals(editor.getEmail()))
			.findFirst()
			.orElseThrow();
		assertThat(dutch.getSubject()).isEqualTo("Na te lezen: Une marche des mères");
		assertThat(dutch.getText()).contains("https://www.example.test" + post);
		SimpleMailMessage french = mails.stream()
			.filter((mail) -> mail.getTo()[0].equals(admin.getEmail()))
			.findFirst()
			.orElseThrow();
		assertThat(french.getSubject()).isEqualTo("À relire : Une marche des mères");
	}

	private Account save(Account account) {
		return this.accounts.saveAndFlush(account);
	}

}
