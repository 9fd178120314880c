package be.mmmbelgium.site.system;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the public layout needs on every page: the settings, the page's language, and the
 * language versions, which a controller replaces when its content has translations.
 */
@ControllerAdvice
class LayoutModelAdvice {

	private final SiteProperties site;

	private final SitePaths paths;

	LayoutModelAdvice(SiteProperties site, SitePaths paths) {
		this.site = site;
		this.paths = paths;
	}

	@ModelAttribute("site")
	SiteProperties site() {
		return this.site;
	}

	@ModelAttribute("language")
	Language language(HttpServletRequest request) {
		return PathLanguageResolver.languageOf(request);
	}

	@ModelAttribute(LanguageVersions.MODEL_ATTRIBUTE)
	LanguageVersions homeVersions(HttpServletRequest request) {
		return LanguageVersions.everywhere(PathLanguageResolver.languageOf(request), this.paths::home);
	}

}
