package be.mmmbelgium.site.home;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

import be.mmmbelgium.site.news.PublishedNews;
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

	@GetMapping(SitePaths.LANGUAGE + "/")
	ModelAndView home(Language language) {
		return new ModelAndView(VIEW)
			.addObject(PageMetadata.MODEL_ATTRIBUTE,
					PageMetadata.page(null)
						.with(this.structuredData.organization(language))
						.with(this.structuredData.website(language)))
			.addObject("mission", this.pages.findByKey(language, PageKey.MISSION).orElse(null))
			.addObject("about", this.pages.findByKey(language, PageKey.ABOUT).orElse(null))
			.addObject("themesPage", this.pages.findByKey(language, PageKey.THEMES).orElse(null))
			.addObject("themes", this.pages.childrenOf(language, PageKey.THEMES))
			.addObject("contactPage", this.pages.findByKey(language, PageKey.CONTACT).orElse(null))
			.addObject("latestNews", this.news.latest(language, LATEST_NEWS))
			.addObject("latestEpisode", this.podcasts.latestEpisode(language).orElse(null));
	}

}
