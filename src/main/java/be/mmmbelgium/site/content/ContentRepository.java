package be.mmmbelgium.site.content;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.NoRepositoryBean;

import be.mmmbelgium.site.web.Language;

/**
 * What the back-office needs of the repository of any kind of content.
 */
@NoRepositoryBean
public interface ContentRepository<T extends TranslatableContent> extends JpaRepository<T, Long> {

	boolean existsByLanguageAndSlug(Language language, String slug);

	boolean existsByLanguageAndSlugAndIdNot(Language language, String slug, Long id);

	/** The slugs in use in a language, for who makes many items at once. */
	@Query("select c.slug from #{#entityName} c where c.language = :language")
	Set<String> findSlugsByLanguage(Language language);

	List<T> findByTranslationGroup(UUID translationGroup);

	List<T> findByTranslationGroupIn(Collection<UUID> translationGroups);

	List<T> findByStatus(Status status);

	/**
	 * The drafts of one author that a reviewer sent back with a note, and that were not
	 * submitted again since, the latest first.
	 */
	List<T> findByAuthorIdAndStatusAndSubmittedAtIsNullAndReviewNoteIsNotNullOrderByUpdatedAtDesc(Long authorId,
			Status status);

}
