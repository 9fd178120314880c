package be.mmmbelgium.site.admin;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import be.mmmbelgium.site.web.BackOfficeUser;
import be.mmmbelgium.site.web.Formats;
import be.mmmbelgium.site.web.Language;
import be.mmmbelgium.site.web.PathLanguageResolver;
import be.mmmbelgium.site.web.SitePaths;

/**
 * What the back-office layout needs on every page.
 */
@ControllerAdvice(annotations = AdminPages.class)
class AdminModelAdvice {

	private final Formats formats;

	private final SitePaths paths;

	AdminModelAdvice(Formats formats, SitePaths paths) {
		this.formats = formats;
		this.paths = paths;
	}

	@ModelAttribute("formats")
	Formats formats() {
		return this.formats;
	}

	/**
	 * The public addresses, for links from the back-office to the site and to media
	 * files.
	 */
	@ModelAttribute("paths")
	SitePaths paths() {
		return this.paths;
	}

	@ModelAttribute("language")
	Language language(HttpServletRequest request) {
		return PathLanguageResolver.languageOf(request);
	}

	/** The name of the signed-in person, for the header. */
	@ModelAttribute("userName")
	@Nullable String userName() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| authentication.getAuthorities().stream().noneMatch(AdminModelAdvice::isRole)) {
			// Anonymous, or half-way through a two-factor sign-in: not signed in yet.
			return null;
		}
		return (authentication.getPrincipal() instanceof BackOfficeUser user) ? user.displayName()
				: authentication.getName();
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI();
	}

	private static boolean isRole(GrantedAuthority authority) {
		String name = authority.getAuthority();
		return name != null && name.startsWith("ROLE_");
	}

}
