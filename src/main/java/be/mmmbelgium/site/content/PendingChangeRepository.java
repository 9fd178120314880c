package be.mmmbelgium.site.content;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface PendingChangeRepository extends Repository<PendingChange, Long> {

	PendingChange save(PendingChange change);

	Optional<PendingChange> findByContentTypeAndContentId(String contentType, long contentId);

	List<PendingChange> findByContentTypeAndContentIdIn(String contentType, Collection<Long> contentIds);

	void deleteByContentTypeAndContentId(String contentType, long contentId);

	/** The changes of one writer that a reviewer sent back, and not proposed again. */
	List<PendingChange> findByContentTypeAndSavedByAndSubmittedAtIsNullAndReviewNoteIsNotNull(String contentType,
			Long savedBy);

	/** The changes of a kind of content proposed for review, the earliest first. */
	List<PendingChange> findByContentTypeAndSubmittedAtIsNotNullOrderBySubmittedAtAsc(String contentType);

}
