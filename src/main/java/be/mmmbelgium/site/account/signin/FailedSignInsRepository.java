package be.mmmbelgium.site.account.signin;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface FailedSignInsRepository extends JpaRepository<FailedSignIns, String> {

	/**
	 * The row of a key, locked until the end of the transaction so that attempts queue
	 * up.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select t from FailedSignIns t where t.throttleKey = :key")
	Optional<FailedSignIns> findForUpdate(@Param("key") String key);

}
