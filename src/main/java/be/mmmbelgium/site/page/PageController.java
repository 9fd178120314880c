package be.mmmbelgium.site.page;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

import be.mmmbelgium.site.seo.PageMetadata;
import be.mmmbelgium.site.system.ContentNotFoundException;
import be.mmmbelgium.site.system.Language;
import be.mmmbelgium.site.system.LanguageVersions;
import be.mmmbelgium.site.system.PublicPages;
import be.mmmbelgium.site.system.Redirects;
import be.mmmbelgium.site.system.SitePaths;

/**
 * Shows an institutional page at {@code /{lang}/{slug}}.
 */
@Controller
@PublicPages
class PageController {

	static final String VIEW = "page/show";

	private final PublishedPages pages;

	private final SitePaths paths;

	PageController(PublishedPages pages, SitePaths paths) {
		this.pages = pages;
		this.paths = paths;
	}

	@GetMapping(SitePaths.LANGUAGE + "/{slug}")
	ModelAndView show(Language language, @PathVariable String slug) {
		if (!SitePaths.isSlug(slug)) {
			throw new ContentNotFoundException("Page");
		}
		return this.pages.find(language, slug)
			.map((view) -> new ModelAndView(VIEW)
				.addObject("view", view)
				.addObject("page", view.page())
				.addObject("breadcrumbs", view.breadcrumbs())
				.addObject(PageMetadata.MODEL_ATTRIBUTE, PageMetadata.page(view.page().getTitle())
					.describedBy(view.page().getSummary(), view.page().getBody().getHtml()))
				.addObject(LanguageVersions.MODEL_ATTRIBUTE,
						LanguageVersions.of(language, view.translations(), this.paths::home)))
			.or(() -> this.pages.findMovedPath(language, slug).map(Redirects::permanent))
			.orElseThrow(() -> new ContentNotFoundException("Page"));
	}

}
