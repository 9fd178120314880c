package be.mmmbelgium.site.account.link;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes sure a site gets one first admin, however many instances start on its empty
 * database at once and however many setup links they wrote: the transaction that creates
 * the first admin adds a row of its own to the settings, which a second such transaction
 * cannot add too. The database's unique key decides, committed or not: the second waits
 * for the first, then is refused.
 */
@Component
public class FirstAdminClaim {

	static final String SETTING = "first-admin";

	private final JdbcClient jdbc;

	FirstAdminClaim(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Claims the first admin for this transaction, which must then create it.
	 * @return false when another transaction did; this one can do nothing more then, and
	 * must end
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean claim(String email) {
		try {
			this.jdbc.sql("insert into site_setting (setting_key, setting_value) values (:key, :email)")
				.param("key", SETTING)
				.param("email", email)
				.update();
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

}
