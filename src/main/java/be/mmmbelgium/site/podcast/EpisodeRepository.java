package be.mmmbelgium.site.podcast;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import be.mmmbelgium.site.content.ContentRepository;
import be.mmmbelgium.site.content.Status;
import be.mmmbelgium.site.media.MediaFile;
import be.mmmbelgium.site.seo.PublishedRow;
import be.mmmbelgium.site.web.Language;

public interface EpisodeRepository extends ContentRepository<Episode> {

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

	@Query("select new be.mmmbelgium.site.podcast.EpisodeSlugs(e.language, s.slug, e.slug) from Episode e"
			+ " join e.series s where e.translationGroup = :group and" + VISIBLE)
	List<EpisodeSlugs> findVisibleTranslations(@Param("group") UUID group, @Param("now") Instant now);

	/**
	 * The episodes the back-office lists; each condition holds when its parameter is
	 * null.
	 */
	@Query(value = """
			select e from Episode e join fetch e.series
			where (:series is null or e.series = :series) and (:language is null or e.language = :language)
			  and (:search is null or lower(e.title) like :search escape '\\')
			  and (e.status = :status or (:status is null and e.status <> be.mmmbelgium.site.content.Status.TRASHED))
			  and (:submitted is null or (:submitted = true and e.submittedAt is not null)
			       or (:submitted = false and e.submittedAt is null))
			  and (:scheduled is null or (:scheduled = true and e.publishedAt > :now)
			       or (:scheduled = false and e.publishedAt <= :now))
			order by e.updatedAt desc, e.id desc""", countQuery = """
			select count(e) from Episode e
			where (:series is null or e.series = :series) and (:language is null or e.language = :language)
			  and (:search is null or lower(e.title) like :search escape '\\')
			  and (e.status = :status or (:status is null and e.status <> be.mmmbelgium.site.content.Status.TRASHED))
			  and (:submitted is null or (:submitted = true and e.submittedAt is not null)
			       or (:submitted = false and e.submittedAt is null))
			  and (:scheduled is null or (:scheduled = true and e.publishedAt > :now)
			       or (:scheduled = false and e.publishedAt <= :now))""")
	Page<Episode> findForBackOffice(@Nullable PodcastSeries series, @Nullable Language language,
			@Nullable String search, @Nullable Status status, @Nullable Boolean submitted, @Nullable Boolean scheduled,
			Instant now, Pageable pageable);

	List<Episode> findBySeries(PodcastSeries series);

	boolean existsBySeriesAndSeasonAndNumberAndIdNot(PodcastSeries series, @Nullable Integer season, int number,
			Long id);

	boolean existsBySeriesAndSeasonAndNumber(PodcastSeries series, @Nullable Integer season, int number);

	/** The episodes that play a file or link to it in their notes or transcript. */
	@Query("""
			select e from Episode e where e.audioFile = :file or e.showNotes.markdown like :link
			or e.transcript.markdown like :link""")
	List<Episode> findUsing(MediaFile file, String link);

	/** Every visible episode, its slug preceded by its series', for the sitemap. */
	@Query("select new be.mmmbelgium.site.seo.PublishedRow(e.translationGroup, e.language, concat(e.series.slug, '/', e.slug), e.updatedAt)"
			+ " from Episode e where" + VISIBLE)
	List<PublishedRow> findVisibleRows(@Param("now") Instant now);

}
