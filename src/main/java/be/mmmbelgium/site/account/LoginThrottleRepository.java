package be.mmmbelgium.site.account;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LoginThrottleRepository extends JpaRepository<LoginThrottle, String> {

	/**
	 * The row of a key, locked until the end of the transaction so that attempts queue
	 * up.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select t from LoginThrottle t where t.throttleKey = :key")
	Optional<LoginThrottle> findForUpdate(@Param("key") String key);

}
