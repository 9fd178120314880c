package be.mmmbelgium.site.page;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

import be.mmmbelgium.site.seo.PageMetadata;
import be.mmmbelgium.site.web.ContentNotFoundException;
import be.mmmbelgium.site.web.Language;
import be.mmmbelgium.site.web.LanguageVersions;
import be.mmmbelgium.site.web.PublicPages;
import be.mmmbelgium.site.web.Redirects;
import be.mmmbelgium.site.web.SitePaths;

/**
 * Shows an institutional page at {@code /{lang}/{slug}}, and its preview in the
 * back-office.
 */
@Controller
@PublicPages
class PageController {

	static final String VIEW = "page/show";

	private final PublishedPages pages;

	private final SitePaths paths;

	private final PageEditor editor;

	private final Previews previews;

	PageController(PublishedPages pages, SitePaths paths, PageEditor editor, Previews previews) {
		this.pages = pages;
		this.paths = paths;
		this.editor = editor;
		this.previews = previews;
	}

	@GetMapping(SitePaths.LANGUAGE + "/{slug}")
	ModelAndView show(Language language, @PathVariable String slug) {
		if (!SitePaths.isSlug(slug)) {
			throw new ContentNotFoundException("Page");
		}
		return this.pages.find(language, slug)
			.map(this::pageView)
			.or(() -> this.pages.findMovedPath(language, slug).map(Redirects::permanent))
			.orElseThrow(() -> new ContentNotFoundException("Page"));
	}

	/**
	 * A page in the back-office exactly as the public will see it, before it is
	 * published, with the changes prepared for it; under {@code /admin}, for admins.
	 */
	@GetMapping(PageAdminController.PATH + "/{id}/preview")
	ModelAndView preview(@PathVariable long id, HttpServletRequest request, HttpServletResponse response) {
		PublishedPages.PageView view = this.pages.preview(this.editor.withPendingChange(id));
		return this.previews.of(pageView(view), view.page().getLanguage(), PageAdminController.PATH + "/" + id, request,
				response);
	}

	/** The model of a page, for a visitor and for a preview alike. */
	private ModelAndView pageView(PublishedPages.PageView view) {
		Page page = view.page();
		return new ModelAndView(VIEW).addObject("view", view)
			.addObject("page", page)
			.addObject("breadcrumbs", view.breadcrumbs())
			.addObject(PageMetadata.MODEL_ATTRIBUTE,
					PageMetadata.page(page.getTitle()).describedBy(page.getSummary(), page.getBody().getHtml()))
			.addObject(LanguageVersions.MODEL_ATTRIBUTE, LanguageVersions.of(page.getLanguage(),
					this.paths.page(page.getLanguage(), page.getSlug()), view.translations(), this.paths::home));
	}

}
