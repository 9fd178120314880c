package be.mmmbelgium.site.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import be.mmmbelgium.site.system.SiteProperties;

/**
 * What the public layout needs on every page: the settings, the page's language, and the
 * language versions, which a controller replaces when its content has translations.
 */
@ControllerAdvice(annotations = PublicPages.class)
class LayoutModelAdvice {

	private final SiteProperties site;

	private final SitePaths paths;

	private final Formats formats;

	LayoutModelAdvice(SiteProperties site, SitePaths paths, Formats formats) {
		this.site = site;
		this.paths = paths;
		this.formats = formats;
	}

	/** Builds the site's links, in templates as {@code paths.news(language)}. */
	@ModelAttribute("paths")
	SitePaths paths() {
		return this.paths;
	}

	/**
	 * Formats dates, durations and sizes, in templates as
	 * {@code formats.longDate(instant)}.
	 */
	@ModelAttribute("formats")
	Formats formats() {
		return this.formats;
	}

	@ModelAttribute("site")
	SiteProperties site() {
		return this.site;
	}

	@ModelAttribute("language")
	Language language(HttpServletRequest request) {
		return PathLanguageResolver.languageOf(request);
	}

	/** The path of the page, for marking the current entry of the menu. */
	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI();
	}

	@ModelAttribute(LanguageVersions.MODEL_ATTRIBUTE)
	LanguageVersions homeVersions(HttpServletRequest request) {
		return LanguageVersions.everywhere(PathLanguageResolver.languageOf(request), this.paths::home);
	}

}
