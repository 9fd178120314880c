package be.mmmbelgium.site.redirect;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RedirectRepository extends JpaRepository<Redirect, Long> {

	/**
	 * The redirect of an old address, if there is one.
	 * @param oldPath normalised by {@link OldPath#normalise}
	 */
	Optional<Redirect> findByOldPath(String oldPath);

	/** The redirects of these old addresses, normalised. */
	List<Redirect> findByOldPathIn(Collection<String> oldPaths);

	/**
	 * Redirects whose old path or target matches {@code pattern}, when given, by old
	 * path.
	 */
	@Query("""
			select r from Redirect r
			where :pattern is null
			   or lower(r.oldPath) like :pattern escape '\\'
			   or lower(r.target) like :pattern escape '\\'
			order by r.oldPath""")
	Page<Redirect> search(@Nullable String pattern, Pageable pageable);

}
