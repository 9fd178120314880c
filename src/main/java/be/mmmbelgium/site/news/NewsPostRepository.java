package be.mmmbelgium.site.news;

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
import be.mmmbelgium.site.content.TranslatedSlug;
import be.mmmbelgium.site.media.MediaFile;
import be.mmmbelgium.site.seo.PublishedRow;
import be.mmmbelgium.site.web.Language;

public interface NewsPostRepository extends ContentRepository<NewsPost> {

	String VISIBLE = " p.status = be.mmmbelgium.site.content.Status.PUBLISHED and p.publishedAt <= :now ";

	String NEWEST_FIRST = " order by p.publishedAt desc, p.id desc";

	/** The title and address of posts of a language, for the links between neighbours. */
	String NEIGHBOURS = "select new be.mmmbelgium.site.news.Neighbour(p.title, p.slug) from NewsPost p"
			+ " where p.language = :language and";

	/** Posts as lists show them, without their text. */
	String CARDS = "select new be.mmmbelgium.site.news.NewsCard(p.language, p.slug, p.title, p.excerpt,"
			+ " p.publishedAt, c, p.coverAlt) from NewsPost p left join p.cover c";

	@Query(value = CARDS + " where p.language = :language and" + VISIBLE + NEWEST_FIRST,
			countQuery = "select count(p) from NewsPost p where p.language = :language and" + VISIBLE)
	Page<NewsCard> findVisibleCards(@Param("language") Language language, @Param("now") Instant now, Pageable pageable);

	@Query(CARDS + " where p.language = :language and" + VISIBLE + NEWEST_FIRST)
	List<NewsCard> findVisibleCards(@Param("language") Language language, @Param("now") Instant now, Limit limit);

	@Query(value = CARDS + " join p.tags t where t = :tag and" + VISIBLE + NEWEST_FIRST,
			countQuery = "select count(p) from NewsPost p join p.tags t where t = :tag and" + VISIBLE)
	Page<NewsCard> findVisibleCardsByTag(@Param("tag") Tag tag, @Param("now") Instant now, Pageable pageable);

	/** The newest posts of a feed, whole, with their pictures. */
	@Query("select p from NewsPost p left join fetch p.cover where p.language = :language and" + VISIBLE + NEWEST_FIRST)
	List<NewsPost> findVisible(@Param("language") Language language, @Param("now") Instant now, Limit limit);

	@Query("select p from NewsPost p join p.tags t left join fetch p.cover where t = :tag and" + VISIBLE + NEWEST_FIRST)
	List<NewsPost> findVisibleByTag(@Param("tag") Tag tag, @Param("now") Instant now, Limit limit);

	/**
	 * Reads the subjects of these posts in one statement, into the posts themselves (a
	 * feed shows them all).
	 */
	@Query("select distinct p from NewsPost p left join fetch p.tags where p in :posts")
	List<NewsPost> fetchTags(@Param("posts") List<NewsPost> posts);

	@Query("select count(p) > 0 from NewsPost p join p.tags t where t = :tag and" + VISIBLE)
	boolean existsVisibleByTag(@Param("tag") Tag tag, @Param("now") Instant now);

	/**
	 * The subjects of a translation group that visible posts carry, in every language.
	 */
	@Query("select distinct t from NewsPost p join p.tags t where t.translationGroup = :group and" + VISIBLE)
	List<Tag> findVisibleTagsOfGroup(@Param("group") UUID group, @Param("now") Instant now);

	@Query(value = CARDS + " where p.language = :language"
			+ " and p.publishedAt >= :from and p.publishedAt < :until and" + VISIBLE + NEWEST_FIRST,
			countQuery = "select count(p) from NewsPost p where p.language = :language"
					+ " and p.publishedAt >= :from and p.publishedAt < :until and" + VISIBLE)
	Page<NewsCard> findVisibleCardsBetween(@Param("language") Language language, @Param("from") Instant from,
			@Param("until") Instant until, @Param("now") Instant now, Pageable pageable);

	@Query("select count(p) > 0 from NewsPost p where p.language = :language"
			+ " and p.publishedAt >= :from and p.publishedAt < :until and" + VISIBLE)
	boolean existsVisibleBetween(@Param("language") Language language, @Param("from") Instant from,
			@Param("until") Instant until, @Param("now") Instant now);

	@Query("select p.publishedAt from NewsPost p where p.language = :language and" + VISIBLE)
	List<Instant> findVisiblePublicationInstants(@Param("language") Language language, @Param("now") Instant now);

	@Query("select p from NewsPost p left join fetch p.cover where p.language = :language and p.slug = :slug and"
			+ VISIBLE)
	Optional<NewsPost> findVisible(@Param("language") Language language, @Param("slug") String slug,
			@Param("now") Instant now);

	@Query("select p from NewsPost p join p.oldSlugs old where p.language = :language and old = :slug and" + VISIBLE
			+ "order by p.updatedAt desc")
	List<NewsPost> findVisibleByOldSlug(@Param("language") Language language, @Param("slug") String slug,
			@Param("now") Instant now, Limit limit);

	/**
	 * What the back-office lists filter on; each condition holds when its parameter is
	 * null.
	 */
	String BACK_OFFICE_FILTER = """
			where (:language is null or p.language = :language)
			  and (:search is null or lower(p.title) like :search escape '\\')
			  and (p.status = :status or (:status is null and p.status <> be.mmmbelgium.site.content.Status.TRASHED))
			  and (:submitted is null or (:submitted = true and p.submittedAt is not null)
			       or (:submitted = false and p.submittedAt is null))
			  and (:scheduled is null or (:scheduled = true and p.publishedAt > :now)
			       or (:scheduled = false and p.publishedAt <= :now))
			  and (:tag is null or exists (select t from p.tags t where lower(t.name) = :tag))
			""";

	@Query(value = "select p from NewsPost p " + BACK_OFFICE_FILTER + " order by p.updatedAt desc, p.id desc",
			countQuery = "select count(p) from NewsPost p " + BACK_OFFICE_FILTER)
	Page<NewsPost> findForBackOffice(@Nullable Language language, @Nullable String search, @Nullable Status status,
			@Nullable Boolean submitted, @Nullable Boolean scheduled, Instant now, @Nullable String tag,
			Pageable pageable);

	boolean existsByLanguageAndSlugAndStatus(Language language, String slug, Status status);

	@Query("select new be.mmmbelgium.site.content.TranslatedSlug(p.language, p.slug) from NewsPost p"
			+ " where p.translationGroup = :group and" + VISIBLE)
	List<TranslatedSlug> findVisibleTranslations(@Param("group") UUID group, @Param("now") Instant now);

	@Query(NEIGHBOURS + VISIBLE + "and (p.publishedAt < :at or (p.publishedAt = :at and p.id < :id))" + NEWEST_FIRST)
	List<Neighbour> findVisibleBefore(@Param("language") Language language, @Param("at") Instant at,
			@Param("id") Long id, @Param("now") Instant now, Limit limit);

	@Query(NEIGHBOURS + VISIBLE + "and (p.publishedAt > :at or (p.publishedAt = :at and p.id > :id))"
			+ " order by p.publishedAt asc, p.id asc")
	List<Neighbour> findVisibleAfter(@Param("language") Language language, @Param("at") Instant at,
			@Param("id") Long id, @Param("now") Instant now, Limit limit);

	/**
	 * The posts that show a file as their cover, attach it, or link to it in their text.
	 */
	@Query("""
			select distinct p from NewsPost p left join p.attachments a
			where p.cover = :file or a.file = :file or p.body.markdown like :link""")
	List<NewsPost> findUsing(MediaFile file, String link);

	/** Every visible post, for the sitemap. */
	@Query("select new be.mmmbelgium.site.seo.PublishedRow(p.translationGroup, p.language, p.slug, p.updatedAt) from NewsPost p where"
			+ VISIBLE)
	List<PublishedRow> findVisibleRows(@Param("now") Instant now);

	/**
	 * Every subject with a visible post, changed when its latest post was, for the
	 * sitemap.
	 */
	@Query("select new be.mmmbelgium.site.seo.PublishedRow(t.translationGroup, t.language, t.slug, max(p.updatedAt))"
			+ " from NewsPost p join p.tags t where" + VISIBLE + "group by t.translationGroup, t.language, t.slug")
	List<PublishedRow> findVisibleTagRows(@Param("now") Instant now);

}
