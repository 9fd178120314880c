package be.mmmbelgium.site.media;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MediaRepository extends JpaRepository<MediaFile, Long> {

	Optional<MediaFile> findByStorageKey(String storageKey);

	/**
	 * Files whose type starts as {@code typePattern} and whose name matches
	 * {@code namePattern}, when given.
	 */
	@Query("""
			select f from MediaFile f
			where (:typePattern is null or f.mediaType like :typePattern)
			  and (:namePattern is null or lower(f.originalFilename) like :namePattern escape '\\')
			order by f.createdAt desc, f.id desc""")
	Page<MediaFile> search(@Nullable String typePattern, @Nullable String namePattern, Pageable pageable);

}
