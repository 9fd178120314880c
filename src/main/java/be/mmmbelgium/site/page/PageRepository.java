package be.mmmbelgium.site.page;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import be.mmmbelgium.site.content.ContentRepository;
import be.mmmbelgium.site.content.TranslatedSlug;
import be.mmmbelgium.site.media.MediaFile;
import be.mmmbelgium.site.seo.PublishedRow;
import be.mmmbelgium.site.web.Language;

public interface PageRepository extends ContentRepository<Page> {

	String VISIBLE = " p.status = be.mmmbelgium.site.content.Status.PUBLISHED and p.publishedAt <= :now ";

	@Query("select p from Page p where p.language = :language and p.slug = :slug and" + VISIBLE)
	Optional<Page> findVisible(@Param("language") Language language, @Param("slug") String slug,
			@Param("now") Instant now);

	@Query("select p from Page p join p.oldSlugs old where p.language = :language and old = :slug and" + VISIBLE
			+ "order by p.updatedAt desc")
	List<Page> findVisibleByOldSlug(@Param("language") Language language, @Param("slug") String slug,
			@Param("now") Instant now, Limit limit);

	/** Pages as cards, without their text. */
	String CARDS = "select new be.mmmbelgium.site.page.PageCard(p.language, p.slug, p.title, p.summary, p.pageKey)"
			+ " from Page p";

	@Query(CARDS + " where p.language = :language and p.pageKey in :keys and" + VISIBLE)
	List<PageCard> findVisibleCardsByKeys(@Param("language") Language language, @Param("keys") Collection<String> keys,
			@Param("now") Instant now);

	/** The visible pages under the visible page of a key, in menu order. */
	@Query(CARDS + " join p.parent parent where parent.language = :language and parent.pageKey = :key"
			+ " and parent.status = be.mmmbelgium.site.content.Status.PUBLISHED and parent.publishedAt <= :now and"
			+ VISIBLE + "order by p.menuOrder, p.title")
	List<PageCard> findVisibleChildCards(@Param("language") Language language, @Param("key") String key,
			@Param("now") Instant now);

	@Query("select new be.mmmbelgium.site.content.TranslatedSlug(p.language, p.slug) from Page p"
			+ " where p.translationGroup = :group and" + VISIBLE)
	List<TranslatedSlug> findVisibleTranslations(@Param("group") UUID group, @Param("now") Instant now);

	@Query("select new be.mmmbelgium.site.page.OutlineEntry(p.id, p.parent.id, p.title, p.language, p.slug, "
			+ "p.menuOrder, p.inMenu) from Page p where p.language = :language and" + VISIBLE
			+ "order by p.menuOrder, p.title")
	List<OutlineEntry> findVisibleOutline(@Param("language") Language language, @Param("now") Instant now);

	@Query("select p from Page p where p.parent = :parent and" + VISIBLE + "order by p.menuOrder, p.title")
	List<Page> findVisibleChildren(@Param("parent") Page parent, @Param("now") Instant now);

	Optional<Page> findByLanguageAndPageKey(Language language, String pageKey);

	@EntityGraph(attributePaths = "parent")
	List<Page> findAllByOrderByLanguageAscMenuOrderAscTitleAsc();

	List<Page> findByLanguageOrderByTitle(Language language);

	List<Page> findByParent(Page parent);

	/** The pages that attach a file, or link to it in their text. */
	@Query("select distinct p from Page p left join p.attachments a where a.file = :file or p.body.markdown like :link")
	List<Page> findUsing(MediaFile file, String link);

	/** Every visible page, for the sitemap. */
	@Query("select new be.mmmbelgium.site.seo.PublishedRow(p.translationGroup, p.language, p.slug, p.updatedAt) from Page p where"
			+ VISIBLE)
	List<PublishedRow> findVisibleRows(@Param("now") Instant now);

}
