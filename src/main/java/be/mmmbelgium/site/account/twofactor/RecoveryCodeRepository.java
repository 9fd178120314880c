package be.mmmbelgium.site.account.twofactor;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import be.mmmbelgium.site.account.Account;

interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, Long> {

	Optional<RecoveryCode> findByAccountAndCodeHash(Account account, String codeHash);

	long countByAccountAndUsedAtIsNull(Account account);

	void deleteByAccount(Account account);

	/** Uses a code once: of two requests with the same code, only one changes the row. */
	@Modifying
	@Query("update RecoveryCode r set r.usedAt = :now where r.id = :id and r.usedAt is null")
	int use(@Param("id") long id, @Param("now") Instant now);

}
