package be.mmmbelgium.site.media;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface MediaRepository extends ListCrudRepository<MediaFile, Long> {

	Optional<MediaFile> findByStorageKey(String storageKey);

}
