package be.mmmbelgium.site.news;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

import be.mmmbelgium.site.page.PublishedPages;
import be.mmmbelgium.site.system.Crumb;
import be.mmmbelgium.site.system.LanguageVersions;
import be.mmmbelgium.site.system.PathLanguageResolver;
import be.mmmbelgium.site.system.PublicPages;
import be.mmmbelgium.site.system.SitePaths;

/**
 * Shows a post in the back-office exactly as the public page will show it, in the post's
 * language, before it is published. Only signed-in people reach it, under {@code /admin}.
 */
@Controller
@PublicPages
class NewsPreviewController {

	private final PublishedNews news;

	private final PublishedPages pages;

	private final SitePaths paths;

	private final NewsEditor editor;

	NewsPreviewController(PublishedNews news, PublishedPages pages, SitePaths paths, NewsEditor editor) {
		this.editor = editor;
		this.news = news;
		this.pages = pages;
		this.paths = paths;
	}

	@GetMapping(NewsAdminController.PATH + "/{id}/preview")
	ModelAndView preview(@PathVariable long id, HttpServletRequest request, HttpServletResponse response) {
		PublishedNews.PostView view = this.news.preview(this.editor.withPendingChange(id));
		NewsPost post = view.post();
		// The page speaks the post's language, messages included, whatever the back-office's.
		request.setAttribute(PathLanguageResolver.SHOWN_LANGUAGE, post.getLanguage());
		response.setHeader("X-Robots-Tag", "noindex, nofollow");
		String path = this.paths.newsPost(post.getLanguage(), post.getSlug());
		return new ModelAndView(NewsController.POST_VIEW).addObject("view", view)
			.addObject("previewOf", NewsAdminController.PATH + "/" + id)
			.addObject("post", post)
			.addObject("language", post.getLanguage())
			.addObject("menu", this.pages.menu(post.getLanguage()))
			.addObject("breadcrumbs", List.of(Crumb.message("news.title", this.paths.news(post.getLanguage()))))
			.addObject(LanguageVersions.MODEL_ATTRIBUTE,
					LanguageVersions.of(post.getLanguage(), Map.of(post.getLanguage(), path), this.paths::news));
	}

}
