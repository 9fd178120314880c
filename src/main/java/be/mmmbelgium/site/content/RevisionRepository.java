package be.mmmbelgium.site.content;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface RevisionRepository extends Repository<Revision, Long> {

	Revision save(Revision revision);

	List<Revision> findByContentTypeAndContentIdOrderByIdDesc(String contentType, long contentId);

	Optional<Revision> findByIdAndContentTypeAndContentId(long id, String contentType, long contentId);

	void deleteByContentTypeAndContentId(String contentType, long contentId);

	boolean existsByContentTypeAndContentId(String contentType, long contentId);

	Optional<Revision> findFirstByContentTypeAndContentIdAndContentVersionLessThanEqualOrderByIdDesc(String contentType,
			long contentId, long contentVersion);

	Optional<Revision> findFirstByContentTypeAndContentIdOrderByIdDesc(String contentType, long contentId);

}
