package be.mmmbelgium.site.news;

import java.time.Year;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import be.mmmbelgium.site.feed.FeedLink;
import be.mmmbelgium.site.page.Previews;
import be.mmmbelgium.site.seo.JsonLd;
import be.mmmbelgium.site.seo.PageMetadata;
import be.mmmbelgium.site.seo.ShareImage;
import be.mmmbelgium.site.seo.StructuredData;
import be.mmmbelgium.site.system.SiteProperties;
import be.mmmbelgium.site.web.ContentGoneException;
import be.mmmbelgium.site.web.ContentNotFoundException;
import be.mmmbelgium.site.web.Crumb;
import be.mmmbelgium.site.web.Language;
import be.mmmbelgium.site.web.LanguageVersions;
import be.mmmbelgium.site.web.PageNumber;
import be.mmmbelgium.site.web.Pagination;
import be.mmmbelgium.site.web.PublicPages;
import be.mmmbelgium.site.web.Redirects;
import be.mmmbelgium.site.web.SitePaths;

import static be.mmmbelgium.site.web.SitePaths.ARCHIVE_EN;
import static be.mmmbelgium.site.web.SitePaths.ARCHIVE_FR;
import static be.mmmbelgium.site.web.SitePaths.ARCHIVE_NL;
import static be.mmmbelgium.site.web.SitePaths.NEWS_EN;
import static be.mmmbelgium.site.web.SitePaths.NEWS_FR;
import static be.mmmbelgium.site.web.SitePaths.NEWS_NL;
import static be.mmmbelgium.site.web.SitePaths.TOPIC_EN;
import static be.mmmbelgium.site.web.SitePaths.TOPIC_FR;
import static be.mmmbelgium.site.web.SitePaths.TOPIC_NL;

/**
 * The public news section: the list, the pages by tag and by year, and each post, which
 * the back-office previews with the same model.
 */
@Controller
@PublicPages
class NewsController {

	static final int PAGE_SIZE = 10;

	static final String LIST_VIEW = "news/list";

	static final String POST_VIEW = "news/post";

	private final PublishedNews news;

	private final SitePaths paths;

	private final StructuredData structuredData;

	private final SiteProperties site;

	private final NewsEditor editor;

	private final Previews previews;

	NewsController(PublishedNews news, SitePaths paths, StructuredData structuredData, SiteProperties site,
			NewsEditor editor, Previews previews) {
		this.editor = editor;
		this.previews = previews;
		this.structuredData = structuredData;
		this.site = site;
		this.news = news;
		this.paths = paths;
	}

	@GetMapping({ NEWS_FR, NEWS_NL, NEWS_EN })
	ModelAndView list(Language language, @RequestParam(defaultValue = "1") PageNumber page) {
		Page<NewsCard> posts = Pagination.requireExisting(this.news.list(language, page.toPageable(PAGE_SIZE)));
		return listView(language, posts, this.paths.news(language)).addObject(LanguageVersions.MODEL_ATTRIBUTE,
				LanguageVersions.everywhere(language, this.paths::news));
	}

	@GetMapping({ NEWS_FR + TOPIC_FR + "/{slug}", NEWS_NL + TOPIC_NL + "/{slug}", NEWS_EN + TOPIC_EN + "/{slug}" })
	ModelAndView tag(Language language, @PathVariable String slug, @RequestParam(defaultValue = "1") PageNumber page) {
		PublishedNews.Subject subject = (SitePaths.isSlug(slug) ? this.news.subject(language, slug)
				: Optional.<PublishedNews.Subject>empty())
			.orElseThrow(() -> new ContentNotFoundException("Tag"));
		Tag tag = subject.tag();
		Page<NewsCard> posts = Pagination.requireExisting(this.news.listTagged(tag, page.toPageable(PAGE_SIZE)));
		return listView(language, posts, this.paths.newsTopic(language, slug)).addObject("tag", tag)
			.addObject("breadcrumbs", sectionCrumbs(language))
			.addObject(PageMetadata.MODEL_ATTRIBUTE, PageMetadata.page(tag.getName()))
			.addObject(FeedLink.MODEL_ATTRIBUTE,
					List.of(FeedLink.atom(tag.getName() + " (Atom)", this.paths.newsTopicFeed(language, slug))))
			.addObject(LanguageVersions.MODEL_ATTRIBUTE,
					LanguageVersions.of(language, subject.translations(), this.paths::news));
	}

	@GetMapping({ NEWS_FR + ARCHIVE_FR + "/{year}", NEWS_NL + ARCHIVE_NL + "/{year}",
			NEWS_EN + ARCHIVE_EN + "/{year}" })
	ModelAndView year(Language language, @PathVariable String year, @RequestParam(defaultValue = "1") PageNumber page) {
		if (!year.matches("(19|20|21)[0-9]{2}")) {
			throw new ContentNotFoundException("Year");
		}
		int number = Integer.parseInt(year);
		Page<NewsCard> posts = this.news.listYear(language, Year.of(number), page.toPageable(PAGE_SIZE));
		if (posts.isEmpty()) {
			throw new ContentNotFoundException("Year");
		}
		Pagination.requireExisting(posts);
		return listView(language, posts, this.paths.newsArchive(language, number)).addObject("year", number)
			.addObject("breadcrumbs", sectionCrumbs(language))
			.addObject(PageMetadata.MODEL_ATTRIBUTE, PageMetadata.page(String.valueOf(number)))
			.addObject(LanguageVersions.MODEL_ATTRIBUTE,
					LanguageVersions.of(language, archivesOf(number), this.paths::news));
	}

	@GetMapping({ NEWS_FR + "/{slug}", NEWS_NL + "/{slug}", NEWS_EN + "/{slug}" })
	ModelAndView post(Language language, @PathVariable String slug) {
		if (!SitePaths.isSlug(slug)) {
			throw new ContentNotFoundException("News post");
		}
		return this.news.find(language, slug)
			.map(this::postView)
			.or(() -> this.news.findMovedPath(language, slug).map(Redirects::permanent))
			.orElseThrow(() -> this.news.isTrashed(language, slug) ? new ContentGoneException("News post")
					// An address removed for good answers 410 too: RemovedContentAdvice
					// looks it up.
					: new ContentNotFoundException("News post"));
	}

	/**
	 * A post in the back-office exactly as its public page will show it, before it is
	 * published, with the changes prepared for it; under {@code /admin}, for those signed
	 * in.
	 */
	@GetMapping(NewsAdminController.PATH + "/{id}/preview")
	ModelAndView preview(@PathVariable long id, HttpServletRequest request, HttpServletResponse response) {
		PublishedNews.PostView view = this.news.preview(this.editor.withPendingChange(id));
		return this.previews.of(postView(view), view.post().getLanguage(), NewsAdminController.PATH + "/" + id, request,
				response);
	}

	/** The model of a post's page, for a visitor and for a preview alike. */
	private ModelAndView postView(PublishedNews.PostView view) {
		Language language = view.post().getLanguage();
		return new ModelAndView(POST_VIEW).addObject("view", view)
			.addObject("post", view.post())
			.addObject("breadcrumbs", sectionCrumbs(language))
			.addObject(PageMetadata.MODEL_ATTRIBUTE, metadata(view))
			.addObject(LanguageVersions.MODEL_ATTRIBUTE, LanguageVersions.of(language,
					this.paths.newsPost(language, view.post().getSlug()), view.translations(), this.paths::news));
	}

	/** A post as a news article, for search engines and link previews. */
	private PageMetadata metadata(PublishedNews.PostView view) {
		NewsPost post = view.post();
		ShareImage image = ShareImage.of(post.getCover(), post.getCoverAlt(), this.paths);
		String url = this.site.absolute(this.paths.newsPost(post.getLanguage(), post.getSlug()));
		PageMetadata metadata = PageMetadata.article(post.getTitle(), post.getPublishedAt(), post.getUpdatedAt())
			.describedBy(post.getExcerpt(), post.getBody().getHtml())
			.illustratedBy(image);
		return metadata.with(JsonLd.thing("NewsArticle")
			.put("headline", post.getTitle())
			.put("description", metadata.description())
			.put("image", image == null ? null : List.of(this.site.absolute(image.path())))
			.put("datePublished", post.getPublishedAt())
			.put("dateModified", post.getUpdatedAt())
			.put("inLanguage", post.getLanguage().code())
			.put("url", url)
			.put("mainEntityOfPage", url)
			.put("author", this.structuredData.publisher())
			.put("publisher", this.structuredData.publisher())
			.put("keywords", view.tags().stream().map(Tag::getName).toList()));
	}

	/** The archive pages of a year, in the languages that have news that year. */
	private Map<Language, String> archivesOf(int year) {
		Map<Language, String> archives = new EnumMap<>(Language.class);
		for (Language language : Language.values()) {
			if (this.news.hasNewsIn(language, Year.of(year))) {
				archives.put(language, this.paths.newsArchive(language, year));
			}
		}
		return archives;
	}

	private List<Crumb> sectionCrumbs(Language language) {
		return List.of(Crumb.message("news.title", this.paths.news(language)));
	}

	private ModelAndView listView(Language language, Page<NewsCard> posts, String basePath) {
		Pagination pagination = Pagination.of(posts, basePath);
		return new ModelAndView(LIST_VIEW).addObject("posts", posts.getContent())
			.addObject("pagination", pagination)
			.addObject("canonicalPath", pagination.currentPath())
			.addObject("years", this.news.years(language));
	}

}
