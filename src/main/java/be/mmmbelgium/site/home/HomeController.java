package be.mmmbelgium.site.home;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

import be.mmmbelgium.site.news.PublishedNews;
import be.mmmbelgium.site.page.PageCard;
import be.mmmbelgium.site.page.PageKey;
import be.mmmbelgium.site.page.PublishedPages;
import be.mmmbelgium.site.podcast.PublishedPodcasts;
import be.mmmbelgium.site.seo.PageMetadata;
import be.mmmbelgium.site.seo.StructuredData;
import be.mmmbelgium.site.web.Language;
import be.mmmbelgium.site.web.PublicPages;
import be.mmmbelgium.site.web.SitePaths;

/**
 * The home page of a language, at {@code /fr/}, {@code /nl/} and {@code /en/}.
 */
@Controller
@PublicPages
class HomeController {

	static final String VIEW = "home/index";

	static final int LATEST_NEWS = 3;

	private final PublishedPages pages;

	private final PublishedNews news;

	private final PublishedPodcasts podcasts;

	private final StructuredData structuredData;

	HomeController(PublishedPages pages, PublishedNews news, PublishedPodcasts podcasts,
			StructuredData structuredData) {
		this.pages = pages;
		this.news = news;
		this.podcasts = podcasts;
		this.structuredData = structuredData;
	}

	/** The pages the home page links to. */
	private static final Set<PageKey> LINKED = EnumSet.of(PageKey.MISSION, PageKey.ABOUT, PageKey.THEMES,
			PageKey.CONTACT);

	@GetMapping(SitePaths.LANGUAGE + "/")
	ModelAndView home(Language language) {
		Map<PageKey, PageCard> linked = this.pages.cardsByKey(language, LINKED);
		return new ModelAndView(VIEW)
			.addObject(PageMetadata.MODEL_ATTRIBUTE,
					PageMetadata.page(null)
						.with(this.structuredData.organization(language))
						.with(this.structuredData.website(language)))
			.addObject("mission", linked.get(PageKey.MISSION))
			.addObject("about", linked.get(PageKey.ABOUT))
			.addObject("themesPage", linked.get(PageKey.THEMES))
			.addObject("themes", this.pages.childrenOf(language, PageKey.THEMES))
			.addObject("contactPage", linked.get(PageKey.CONTACT))
			.addObject("latestNews", this.news.latest(language, LATEST_NEWS))
			.addObject("latestEpisode", this.podcasts.latestEpisode(language).orElse(null));
	}

}
