package be.mmmbelgium.site.podcast;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.query.Param;

import be.mmmbelgium.site.system.Language;

public interface EpisodeRepository extends JpaRepository<Episode, Long> {

	String VISIBLE = " e.status = be.mmmbelgium.site.content.Status.PUBLISHED and e.publishedAt <= :now"
			+ " and e.series.status = be.mmmbelgium.site.content.Status.PUBLISHED and e.series.publishedAt <= :now ";

	@Query("select e from Episode e join fetch e.series left join fetch e.audioFile where e.series = :series and"
			+ VISIBLE + "order by e.publishedAt desc, e.id desc")
	List<Episode> findVisible(@Param("series") PodcastSeries series, @Param("now") Instant now);

	@Query("select e from Episode e join fetch e.series left join fetch e.audioFile where e.language = :language and"
			+ VISIBLE + "order by e.publishedAt desc, e.id desc")
	List<Episode> findLatestVisible(@Param("language") Language language, @Param("now") Instant now, Limit limit);

	@Query("select e from Episode e join fetch e.series left join fetch e.audioFile where e.series = :series"
			+ " and e.slug = :slug and" + VISIBLE)
	Optional<Episode> findVisible(@Param("series") PodcastSeries series, @Param("slug") String slug,
			@Param("now") Instant now);

	@Query("select e from Episode e join e.oldSlugs old where e.series = :series and old = :slug and" + VISIBLE
			+ "order by e.updatedAt desc")
	List<Episode> findVisibleByOldSlug(@Param("series") PodcastSeries series, @Param("slug") String slug,
			@Param("now") Instant now, Limit limit);

	@Query("select e from Episode e join fetch e.series where e.translationGroup = :group and" + VISIBLE)
	List<Episode> findVisibleTranslations(@Param("group") UUID group, @Param("now") Instant now);

}
