package be.mmmbelgium.site.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.UrlPathHelper;

/**
 * Takes the language from the first segment of the path ({@code /nl/...}), so every URL
 * names its language and no cookie or session is needed to remember it. Paths without a
 * language (the root, error pages of unknown paths) fall back to the browser's
 * preference.
 */
public class PathLanguageResolver implements LocaleResolver {

	private static final List<Locale> SUPPORTED = Arrays.stream(Language.values()).map(Language::locale).toList();

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		return languageOf(request).locale();
	}

	@Override
	public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
		throw new UnsupportedOperationException("The language is part of the URL and cannot be changed otherwise");
	}

	/**
	 * A request attribute that names the language of the page shown, for a back-office
	 * page that shows public content, such as a preview.
	 */
	public static final String SHOWN_LANGUAGE = PathLanguageResolver.class.getName() + ".shownLanguage";

	public static Language languageOf(HttpServletRequest request) {
		if (request.getAttribute(SHOWN_LANGUAGE) instanceof Language shown) {
			return shown;
		}
		Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = (errorUri instanceof String uri) ? uri : request.getRequestURI();
		// Read decoded, as the controllers read it: /%66r/ is the French page, in French.
		String sitePath = UrlPathHelper.defaultInstance.decodeRequestString(request,
				path.substring(Math.min(request.getContextPath().length(), path.length())));
		if (sitePath.equals("/admin") || sitePath.startsWith("/admin/")) {
			return signedInPreference().orElseGet(() -> preferred(request.getHeader("Accept-Language")));
		}
		return fromPath(sitePath).orElseGet(() -> preferred(request.getHeader("Accept-Language")));
	}

	/** In the back-office, the language the signed-in person chose. */
	private static Optional<Language> signedInPreference() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof BackOfficeUser preference)
				? Optional.of(preference.language()) : Optional.empty();
	}

	static Optional<Language> fromPath(String path) {
		String[] segments = path.split("/", 3);
		return segments.length > 1 ? Language.fromCode(segments[1]) : Optional.empty();
	}

	/**
	 * The best of the site's languages for an {@code Accept-Language} header, French when
	 * none matches.
	 */
	public static Language preferred(String acceptLanguage) {
		if (acceptLanguage == null || acceptLanguage.isBlank()) {
			return Language.DEFAULT;
		}
		try {
			Locale match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
			return match != null ? Language.of(match) : Language.DEFAULT;
		}
		catch (IllegalArgumentException malformed) {
			return Language.DEFAULT;
		}
	}

}
