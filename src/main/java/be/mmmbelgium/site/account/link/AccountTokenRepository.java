package be.mmmbelgium.site.account.link;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import be.mmmbelgium.site.account.Account;

interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

	Optional<AccountToken> findByTokenHashAndPurpose(String tokenHash, AccountToken.Purpose purpose);

	List<AccountToken> findByAccountAndPurposeAndUsedAtIsNull(Account account, AccountToken.Purpose purpose);

	List<AccountToken> findByAccountIsNullAndPurposeAndUsedAtIsNull(AccountToken.Purpose purpose);

}
