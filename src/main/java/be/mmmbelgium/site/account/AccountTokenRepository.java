package be.mmmbelgium.site.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

	Optional<AccountToken> findByTokenHashAndPurpose(String tokenHash, AccountToken.Purpose purpose);

	List<AccountToken> findByAccountAndPurposeAndUsedAtIsNull(Account account, AccountToken.Purpose purpose);

	List<AccountToken> findByAccountIsNullAndPurposeAndUsedAtIsNull(AccountToken.Purpose purpose);

}
