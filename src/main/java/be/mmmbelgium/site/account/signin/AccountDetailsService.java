package be.mmmbelgium.site.account.signin;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import be.mmmbelgium.site.account.Account;
import be.mmmbelgium.site.account.AccountPrincipal;
import be.mmmbelgium.site.account.AccountRepository;

/**
 * Finds the account of an e-mail for Spring Security.
 */
@Component
public class AccountDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	AccountDetailsService(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String email) {
		return this.accounts.findByEmail(Account.normalise(email))
			.filter(Account::hasPassword)
			.map(AccountPrincipal::new)
			.orElseThrow(() -> new UsernameNotFoundException("No account"));
	}

}
