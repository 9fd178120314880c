package be.mmmbelgium.site.news;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import be.mmmbelgium.site.web.Language;

public interface TagRepository extends JpaRepository<Tag, Long> {

	Optional<Tag> findByLanguageAndSlug(Language language, String slug);

	Optional<Tag> findFirstByLanguageAndNameIgnoreCase(Language language, String name);

	List<Tag> findByLanguageOrderByName(Language language);

	boolean existsByLanguageAndSlug(Language language, String slug);

}
