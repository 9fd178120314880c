package be.mmmbelgium.site.account.profile;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import be.mmmbelgium.site.account.Account;
import be.mmmbelgium.site.account.AccountFixtures;
import be.mmmbelgium.site.account.AccountPrincipal;
import be.mmmbelgium.site.account.AccountRepository;
import be.mmmbelgium.site.account.Role;
import be.mmmbelgium.site.test.SiteIntegrationTest;

import static be.mmmbelgium.site.account.AccountFixtures.account;
import static be.mmmbelgium.site.account.AccountFixtures.freshAddress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Admins create accounts whose owners choose their passwords through one-time links.
 */
@SiteIntegrationTest
class AccountAdminIntegrationTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void aNewAccountGetsALinkToChooseItsPasswordOnce() throws Exception {
		AccountPrincipal admin = new AccountPrincipal(account(this.accounts, this.encoder, Role.ADMIN));

		MvcTestResult created = this.mvc.post()
			.uri("/admin/accounts/new")
			.param("email", "Nouvelle@Example.org")
			.param("displayName", "Une nouvelle")
			.param("role", "CONTRIBUTOR")
			.with(user(admin))
			.with(csrf())
			.exchange();
		assertThat(created).hasStatusOk().hasViewName("admin/accounts/link");
		String link = find(created.getResponse().getContentAsString(),
				"https://www\\.example\\.test(/admin/password/[A-Za-z0-9_-]{43})");
		Account account = this.accounts.findByEmail("nouvelle@example.org").orElseThrow();
		assertThat(account.hasPassword()).isFalse();

		assertThat(this.mvc.post().uri(link).param("password", "court").param("confirmation", "court").with(csrf()))
			.hasStatusOk()
			.bodyText()
			.contains("au moins 12 caractères");
		assertThat(this.mvc.post()
			.uri(link)
			.param("password", "password1234")
			.param("confirmation", "password1234")
			.with(csrf())).hasStatusOk().bodyText().contains("trop courant");
		assertThat(this.mvc.post()
			.uri(link)
			.param("password", "un jardin au soleil")
			.param("confirmation", "un jardin au soleil")
			.with(csrf())).hasRedirectedUrl("/admin/login?passwordSet");
		assertThat(this.mvc.get().uri(link)).hasViewName("admin/link-invalid");

		assertThat(this.mvc.post()
			.uri("/admin/login")
			.param("email", "nouvelle@example.org")
			.param("password", "un jardin au soleil")
			.with(csrf())
			.with(freshAddress())).hasRedirectedUrl("/admin");
	}

	@Test
	void aTakenAddressIsRefusedWithAClearMessage() {
		AccountPrincipal admin = new AccountPrincipal(account(this.accounts, this.encoder, Role.ADMIN));
		Account existing = account(this.accounts, this.encoder, Role.EDITOR);

		assertThat(this.mvc.post()
			.uri("/admin/accounts/new")
			.param("email", existing.getEmail().toUpperCase())
			.param("displayName", "Doublon")
			.param("role", "EDITOR")
			.with(user(admin))
			.with(csrf())).hasStatusOk()
			.hasViewName("admin/accounts/form")
			.bodyText()
			.contains("Un compte utilise déjà cette adresse");
	}

	@Test
	void aNewLinkCancelsTheEarlierOnes() throws Exception {
		AccountPrincipal admin = new AccountPrincipal(account(this.accounts, this.encoder, Role.ADMIN));
		Account account = account(this.accounts, this.encoder, Role.EDITOR);

		String first = linkFor(admin, account);
		String second = linkFor(admin, account);

		assertThat(this.mvc.get().uri(first)).hasViewName("admin/link-invalid");
		assertThat(this.mvc.get().uri(second)).hasViewName("admin/password");
	}

	@Test
	void adminsChangeRolesAndDisableAccountsButNotTheirOwn() {
		Account adminAccount = account(this.accounts, this.encoder, Role.ADMIN);
		AccountPrincipal admin = new AccountPrincipal(adminAccount);
		Account editor = account(this.accounts, this.encoder, Role.EDITOR);

		this.mvc.post()
			.uri("/admin/accounts/" + editor.getId() + "/role")
			.param("role", "ADMIN")
			.with(user(admin))
			.with(csrf())
			.exchange();
		this.mvc.post().uri("/admin/accounts/" + editor.getId() + "/disable").with(user(admin)).with(csrf()).exchange();
		assertThat(this.mvc.post()
			.uri("/admin/accounts/" + adminAccount.getId() + "/disable")
			.with(user(admin))
			.with(csrf())).hasRedirectedUrl("/admin/accounts").flash().containsEntry("error", "account.disable.self");
		assertThat(this.mvc.post()
			.uri("/admin/accounts/" + adminAccount.getId() + "/role")
			.param("role", "EDITOR")
			.with(user(admin))
			.with(csrf())).flash().containsEntry("error", "account.role.self");

		Account changed = this.accounts.findById(editor.getId()).orElseThrow();
		assertThat(changed.getRole()).isEqualTo(Role.ADMIN);
		assertThat(changed.isEnabled()).isFalse();
		assertThat(this.accounts.findById(adminAccount.getId()).orElseThrow().isEnabled()).isTrue();
	}

	@Test
	void everyoneChangesTheirOwnPasswordAndLanguage() {
		Account account = account(this.accounts, this.encoder, Role.CONTRIBUTOR);
		AccountPrincipal me = new AccountPrincipal(account);

		assertThat(this.mvc.post()
			.uri("/admin/profile/password")
			.param("current", "not my password")
			.param("password", "une autre phrase longue")
			.param("confirmation", "une autre phrase longue")
			.with(user(me))
			.with(csrf())).hasStatusOk().bodyText().contains("Le mot de passe actuel est incorrect");
		assertThat(this.mvc.post()
			.uri("/admin/profile/password")
			.param("current", AccountFixtures.PASSWORD)
			.param("password", "une autre phrase longue")
			.param("confirmation", "une autre phrase longue")
			.with(user(me))
			.with(csrf())).hasRedirectedUrl("/admin/profile");
		assertThat(this.mvc.get().uri("/admin/profile").with(user(me))).as("a session from before the change")
			.hasRedirectedUrl("/admin/login?ended");
		me = new AccountPrincipal(this.accounts.findById(account.getId()).orElseThrow());
		assertThat(this.mvc.post().uri("/admin/profile/language").param("language", "NL").with(user(me)).with(csrf()))
			.hasRedirectedUrl("/admin/profile");

		Account saved = this.accounts.findById(account.getId()).orElseThrow();
		assertThat(this.encoder.matches("une autre phrase longue", saved.getPasswordHash())).isTrue();
		assertThat(saved.getLanguage().code()).isEqualTo("nl");
		assertThat(this.mvc.get().uri("/admin/profile").with(user(new AccountPrincipal(saved)))).bodyText()
			.contains("<html lang=\"nl\"", "Mijn account");
	}

	private String linkFor(AccountPrincipal admin, Account account) throws Exception {
		MvcTestResult result = this.mvc.post()
			.uri("/admin/accounts/" + account.getId() + "/link")
			.with(user(admin))
			.with(csrf())
			.exchange();
		return find(result.getResponse().getContentAsString(),
				"https://www\\.example\\.test(/admin/password/[A-Za-z0-9_-]{43})");
	}

	private static String find(String text, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(text);
		assertThat(matcher.find()).as(regex).isTrue();
		return matcher.group(1);
	}

}
