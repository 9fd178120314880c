package be.mmmbelgium.site.podcast;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import be.mmmbelgium.site.content.ContentRepository;
import be.mmmbelgium.site.content.TranslatedSlug;
import be.mmmbelgium.site.media.MediaFile;
import be.mmmbelgium.site.seo.PublishedRow;
import be.mmmbelgium.site.web.Language;

public interface PodcastSeriesRepository extends ContentRepository<PodcastSeries> {

	String VISIBLE = " s.status = be.mmmbelgium.site.content.Status.PUBLISHED and s.publishedAt <= :now ";

	@Query("select s from PodcastSeries s left join fetch s.cover where s.language = :language and" + VISIBLE
			+ "order by s.title")
	List<PodcastSeries> findVisible(@Param("language") Language language, @Param("now") Instant now);

	@Query("select s from PodcastSeries s left join fetch s.cover where s.language = :language and s.slug = :slug and"
			+ VISIBLE)
	Optional<PodcastSeries> findVisible(@Param("language") Language language, @Param("slug") String slug,
			@Param("now") Instant now);

	@Query("select s from PodcastSeries s join s.oldSlugs old where s.language = :language and old = :slug and"
			+ VISIBLE + "order by s.updatedAt desc")
	List<PodcastSeries> findVisibleByOldSlug(@Param("language") Language language, @Param("slug") String slug,
			@Param("now") Instant now, Limit limit);

	@Query("select new be.mmmbelgium.site.content.TranslatedSlug(s.language, s.slug) from PodcastSeries s"
			+ " where s.translationGroup = :group and" + VISIBLE)
	List<TranslatedSlug> findVisibleTranslations(@Param("group") UUID group, @Param("now") Instant now);

	List<PodcastSeries> findAllByOrderByLanguageAscTitleAsc();

	Optional<PodcastSeries> findByTranslationGroupAndLanguage(UUID group, Language language);

	/** The series that show a file as their cover or link to it in their description. */
	@Query("select s from PodcastSeries s where s.cover = :file or s.description.markdown like :link")
	List<PodcastSeries> findUsing(MediaFile file, String link);

	/** Every visible series, for the sitemap. */
	@Query("select new be.mmmbelgium.site.seo.PublishedRow(s.translationGroup, s.language, s.slug, s.updatedAt) from PodcastSeries s where"
			+ VISIBLE)
	List<PublishedRow> findVisibleRows(@Param("now") Instant now);

}
