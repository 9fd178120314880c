package be.mmmbelgium.site.media;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MediaRepository extends JpaRepository<MediaFile, Long> {

	Optional<MediaFile> findByStorageKey(String storageKey);

}
