package be.mmmbelgium.site.account;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, Long> {

	Optional<RecoveryCode> findByAccountAndCodeHash(Account account, String codeHash);

	long countByAccountAndUsedAtIsNull(Account account);

	void deleteByAccount(Account account);

}
