package be.mmmbelgium.site;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import be.mmmbelgium.site.account.AccountPrincipal;
import be.mmmbelgium.site.account.AccountRepository;
import be.mmmbelgium.site.account.Role;
import be.mmmbelgium.site.account.TestAccounts;
import be.mmmbelgium.site.test.PostgresTest;
import be.mmmbelgium.site.test.RetiredConnections;

/**
 * On PostgreSQL, saves made after the pool retired every connection succeed, as they do
 * on the embedded database ({@link EmbeddedDatabaseIntegrationTest}). Not in a test
 * transaction: each request takes a connection of the pool, as in production.
 */
@SpringBootTest
@AutoConfigureMockMvc
@PostgresTest
class RetiredConnectionsIntegrationTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DataSource dataSource;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void savesStillSucceedOnceThePoolHasRetiredItsConnections() throws Exception {
		// Read back as stored, as the check of each request reads it.
		long id = this.accounts.saveAndFlush(TestAccounts.account(Role.ADMIN, this.encoder)).getId();
		AccountPrincipal admin = TestAccounts.principal(this.accounts.findById(id).orElseThrow());

		RetiredConnections.savesStillSucceed(this.mvc, this.dataSource, admin);
	}

}
