package be.mmmbelgium.site.page;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

import be.mmmbelgium.site.system.LanguageVersions;
import be.mmmbelgium.site.system.PathLanguageResolver;
import be.mmmbelgium.site.system.PublicPages;
import be.mmmbelgium.site.system.SitePaths;

/**
 * Shows a page in the back-office exactly as the public will see it, in its language,
 * before it is published. Only admins reach it, under {@code /admin}.
 */
@Controller
@PublicPages
class PagePreviewController {

	private final PublishedPages pages;

	private final SitePaths paths;

	private final PageEditor editor;

	PagePreviewController(PublishedPages pages, SitePaths paths, PageEditor editor) {
		this.editor = editor;
		this.pages = pages;
		this.paths = paths;
	}

	@GetMapping(PageAdminController.PATH + "/{id}/preview")
	ModelAndView preview(@PathVariable long id, HttpServletRequest request, HttpServletResponse response) {
		PublishedPages.PageView view = this.pages.preview(this.editor.withPendingChange(id));
		Page page = view.page();
		request.setAttribute(PathLanguageResolver.SHOWN_LANGUAGE, page.getLanguage());
		response.setHeader("X-Robots-Tag", "noindex, nofollow");
		return new ModelAndView(PageController.VIEW).addObject("view", view)
			.addObject("previewOf", PageAdminController.PATH + "/" + id)
			.addObject("page", page)
			.addObject("language", page.getLanguage())
			.addObject("menu", this.pages.menu(page.getLanguage()))
			.addObject(LanguageVersions.MODEL_ATTRIBUTE, LanguageVersions.of(page.getLanguage(),
					Map.of(page.getLanguage(), this.paths.page(page.getLanguage(), page.getSlug())), this.paths::home));
	}

}
