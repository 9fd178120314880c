package be.mmmbelgium.site.system;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the back-office layout needs on every page.
 */
@ControllerAdvice(annotations = AdminPages.class)
class AdminModelAdvice {

	private final Formats formats;

	AdminModelAdvice(Formats formats) {
		this.formats = formats;
	}

	@ModelAttribute("formats")
	Formats formats() {
		return this.formats;
	}

	@ModelAttribute("language")
	Language language(HttpServletRequest request) {
		return PathLanguageResolver.languageOf(request);
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI();
	}

}
