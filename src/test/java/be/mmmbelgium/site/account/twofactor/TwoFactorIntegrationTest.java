package be.mmmbelgium.site.account.twofactor;

import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import be.mmmbelgium.site.account.Account;
import be.mmmbelgium.site.account.AccountPrincipal;
import be.mmmbelgium.site.account.AccountRepository;
import be.mmmbelgium.site.account.Role;
import be.mmmbelgium.site.test.Builders;
import be.mmmbelgium.site.test.SessionCookie;
import be.mmmbelgium.site.test.SiteIntegrationTest;

import static be.mmmbelgium.site.account.AccountFixtures.PASSWORD;
import static be.mmmbelgium.site.account.AccountFixtures.account;
import static be.mmmbelgium.site.account.AccountFixtures.freshAddress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Two-factor sign-in, from enrolment to the codes at sign-in, with the site's clock
 * stopped at {@link Builders#NOW}.
 */
@SiteIntegrationTest
class TwoFactorIntegrationTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	TwoFactor twoFactor;

	@Test
	void enrolmentShowsAQrCodeAndTurnsOnWithACodeOfTheApp() throws Exception {
		Account account = account(this.accounts, this.encoder, Role.EDITOR);
		SessionCookie session = signedIn(account, freshAddress());

		String page = session.send(this.mvc.get().uri("/admin/profile/two-factor")).getResponse().getContentAsString();
		assertThat(page).contains("<svg").contains("role=\"img\"");
		String secret = find(page, "<code>([A-Z2-7]{32})</code>");

		MvcTestResult wrong = session
			.send(this.mvc.post().uri("/admin/profile/two-factor").param("code", "000000").with(csrf()));
		assertThat(wrong).hasStatusOk().bodyText().contains("Ce code ne convient pas");

		MvcTestResult confirmed = session.send(this.mvc.post()
			.uri("/admin/profile/two-factor")
			.param("code", codeAt(secret, Builders.NOW))
			.with(csrf()));
		assertThat(confirmed).hasStatusOk().hasViewName("admin/recovery-codes");
		assertThat(recoveryCodes(confirmed)).hasSize(10);
		assertThat(this.accounts.findById(account.getId()).orElseThrow().isTotpEnabled()).isTrue();
	}

	@Test
	void signingInThenAsksForTheCodeAndNothingElseIsOpenUntilItIsGiven() {
		Account account = account(this.accounts, this.encoder, Role.EDITOR);
		String secret = enrol(account);
		RequestPostProcessor address = freshAddress();
		SessionCookie session = SessionCookie.none();

		assertThat(signIn(account, session, address)).hasRedirectedUrl("/admin/login/code");
		assertThat(session.send(this.mvc.get().uri("/admin"))).hasRedirectedUrl("/admin/login/code");
		String before = session.value();

		assertThat(code(session, codeAt(secret, Builders.NOW.plusSeconds(30)), address)).hasRedirectedUrl("/admin");
		assertThat(session.value()).isNotNull().isNotEqualTo(before);
		assertThat(session.send(this.mvc.get().uri("/admin"))).hasStatusOk();
	}

	@Test
	void aCodeWorksOnceAndARecoveryCodeToo() {
		Account account = account(this.accounts, this.encoder, Role.EDITOR);
		String secret = enrol(account);
		List<String> recovery = this.lastRecoveryCodes;
		String code = codeAt(secret, Builders.NOW.plusSeconds(30));

		SessionCookie first = SessionCookie.none();
		signIn(account, first, freshAddress());
		assertThat(code(first, code, freshAddress())).hasRedirectedUrl("/admin");

		SessionCookie second = SessionCookie.none();
		RequestPostProcessor address = freshAddress();
		signIn(account, second, address);
		assertThat(code(second, code, address)).hasStatusOk().bodyText().contains("Ce code ne convient pas");
		assertThat(code(second, recovery.get(0).toUpperCase(), address)).hasRedirectedUrl("/admin");

		SessionCookie third = SessionCookie.none();
		RequestPostProcessor other = freshAddress();
		signIn(account, third, other);
		assertThat(code(third, recovery.get(0), other)).hasStatusOk();
		assertThat(this.twoFactor.recoveryCodesLeft(account.getId())).isEqualTo(9);
	}

	@Test
	void fiveWrongCodesEndTheAttempt() {
		Account account = account(this.accounts, this.encoder, Role.EDITOR);
		enrol(account);
		SessionCookie session = SessionCookie.none();
		RequestPostProcessor address = freshAddress();
		signIn(account, session, address);

		for (int i = 0; i < 4; i++) {
			assertThat(code(session, "12345" + i, address)).hasStatusOk();
		}
		assertThat(code(session, "123459", address)).hasRedirectedUrl("/admin/login?error");
		assertThat(session.wasEnded()).isTrue();
	}

	@Test
	void whenAdminsMustUseItAnAdminWithoutItCanOnlyEnrol() {
		Account admin = account(this.accounts, this.encoder, Role.ADMIN);
		Account editor = account(this.accounts, this.encoder, Role.EDITOR);
		this.twoFactor.requireForAdmins(true, new AccountPrincipal(admin));

		SessionCookie adminSession = signedIn(admin, freshAddress());
		assertThat(adminSession.send(this.mvc.get().uri("/admin")))
			.hasRedirectedUrl("/admin/profile/two-factor?required");
		assertThat(adminSession.send(this.mvc.get().uri("/admin/profile/two-factor"))).hasStatusOk();
		assertThat(signedIn(editor, freshAddress()).send(this.mvc.get().uri("/admin"))).hasStatusOk();
	}

	private List<String> lastRecoveryCodes;

	/** Turns two-factor sign-in on for an account, returning its secret. */
	private String enrol(Account account) {
		AccountPrincipal principal = new AccountPrincipal(account);
		String secret = this.twoFactor.newEnrolment(account.getId()).secret();
		this.lastRecoveryCodes = this.twoFactor.confirm(principal, secret, codeAt(secret, Builders.NOW));
		return secret;
	}

	private SessionCookie signedIn(Account account, RequestPostProcessor address) {
		SessionCookie session = SessionCookie.none();
		assertThat(signIn(account, session, address)).hasRedirectedUrl("/admin");
		return session;
	}

	private MvcTestResult signIn(Account account, SessionCookie session, RequestPostProcessor address) {
		return session.send(this.mvc.post()
			.uri("/admin/login")
			.param("email", account.getEmail())
			.param("password", PASSWORD)
			.with(csrf())
			.with(address));
	}

	private MvcTestResult code(SessionCookie session, String code, RequestPostProcessor address) {
		return session.send(this.mvc.post().uri("/admin/login/code").param("code", code).with(csrf()).with(address));
	}

	private static String codeAt(String secret, Instant instant) {
		return Totp.code(secret, Totp.step(instant));
	}

	private static List<String> recoveryCodes(MvcTestResult result) {
		try {
			Matcher matcher = Pattern.compile("<code>([a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4})</code>")
				.matcher(result.getResponse().getContentAsString());
			return matcher.results().map((match) -> match.group(1)).toList();
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String find(String text, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(text);
		assertThat(matcher.find()).as(regex).isTrue();
		return matcher.group(1);
	}

}
