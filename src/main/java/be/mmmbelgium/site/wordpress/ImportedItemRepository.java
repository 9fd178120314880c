package be.mmmbelgium.site.wordpress;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ImportedItemRepository extends JpaRepository<ImportedItem, Long> {

	Optional<ImportedItem> findBySiteAndWordpressId(String site, long wordpressId);

	List<ImportedItem> findBySite(String site);

}
