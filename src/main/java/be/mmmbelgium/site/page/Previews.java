package be.mmmbelgium.site.page;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

import be.mmmbelgium.site.web.Language;
import be.mmmbelgium.site.web.PathLanguageResolver;

/**
 * What a back-office preview adds around the model of a public page, which its public
 * controller builds as for a visitor: the item's language (messages included, whatever
 * the back-office's), its menu, a banner back to the form, and no indexing.
 */
@Component
public class Previews {

	private final PublishedPages pages;

	Previews(PublishedPages pages) {
		this.pages = pages;
	}

	/**
	 * The public page's model as a preview of the item whose form is at {@code formPath}.
	 */
	public ModelAndView of(ModelAndView page, Language language, String formPath, HttpServletRequest request,
			HttpServletResponse response) {
		request.setAttribute(PathLanguageResolver.SHOWN_LANGUAGE, language);
		response.setHeader("X-Robots-Tag", "noindex, nofollow");
		return page.addObject("previewOf", formPath)
			.addObject("language", language)
			.addObject("menu", this.pages.menu(language));
	}

}
