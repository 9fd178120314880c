package be.mmmbelgium.site.account.link;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import be.mmmbelgium.site.account.Account;

interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

	Optional<AccountToken> findByTokenHashAndPurpose(String tokenHash, AccountToken.Purpose purpose);

	List<AccountToken> findByAccountAndPurposeAndUsedAtIsNull(Account account, AccountToken.Purpose purpose);

	/**
	 * Marks a link used unless it already is: 1 for the one request that used it, 0 for
	 * any other, on whichever instance, even at the same moment (the second waits for the
	 * first's row lock, then finds the link used).
	 */
	@Modifying(flushAutomatically = true)
	@Query("update AccountToken t set t.usedAt = :now where t.id = :id and t.usedAt is null")
	int markUsed(long id, Instant now);

}
