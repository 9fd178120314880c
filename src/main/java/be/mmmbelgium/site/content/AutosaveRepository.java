package be.mmmbelgium.site.content;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AutosaveRepository extends JpaRepository<Autosave, Long> {

	Optional<Autosave> findByAccountIdAndFormPath(long accountId, String formPath);

	void deleteByAccountIdAndFormPath(long accountId, String formPath);

}
