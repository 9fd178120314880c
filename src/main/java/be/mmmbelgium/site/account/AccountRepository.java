package be.mmmbelgium.site.account;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AccountRepository extends JpaRepository<Account, Long> {

	Optional<Account> findByEmail(String email);

	boolean existsByEmail(String email);

	/**
	 * Records the time step of an accepted two-factor code, if it is later than the last
	 * one: of two requests with the same code, only one changes the row.
	 */
	@Modifying
	@Query("update Account a set a.totpLastStep = :step where a.id = :id"
			+ " and (a.totpLastStep is null or a.totpLastStep < :step)")
	int useCodeStep(@Param("id") long id, @Param("step") long step);

}
