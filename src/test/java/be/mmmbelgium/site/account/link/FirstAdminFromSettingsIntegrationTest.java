package be.mmmbelgium.site.account.link;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;

import be.mmmbelgium.site.account.Account;
import be.mmmbelgium.site.account.AccountRepository;
import be.mmmbelgium.site.account.Role;
import be.mmmbelgium.site.test.PostgresTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a site without accounts, MMM_ADMIN_EMAIL and MMM_ADMIN_PASSWORD make the first
 * admin.
 */
@SpringBootTest(
		properties = { "mmm.admin.email=First.Admin@Example.org", "mmm.admin.password=une association pour les mères" })
@PostgresTest
class FirstAdminFromSettingsIntegrationTest {

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void theFirstAdminIsCreatedWithThePasswordOfTheSettings() {
		Account admin = this.accounts.findByEmail("first.admin@example.org").orElseThrow();

		assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
		assertThat(this.encoder.matches("une association pour les mères", admin.getPasswordHash())).isTrue();
		assertThat(admin.getPasswordHash()).startsWith("{pbkdf2@SpringSecurity_v5_8}");
		assertThat(this.accounts.count()).isEqualTo(1);
	}

}
