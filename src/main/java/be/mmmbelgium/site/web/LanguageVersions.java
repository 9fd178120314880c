package be.mmmbelgium.site.web;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The versions of one page in the site's languages: the translations that exist, named in
 * {@code hreflang} links, and for the others the place the language switcher leads to
 * instead (the section, or the home page).
 */
public final class LanguageVersions {

	/** The name under which the layout finds the versions of the page it renders. */
	public static final String MODEL_ATTRIBUTE = "languageVersions";

	private final Language current;

	private final Map<Language, String> translations;

	private final Function<Language, String> fallback;

	private LanguageVersions(Language current, Map<Language, String> translations,
			Function<Language, String> fallback) {
		this.current = current;
		this.translations = translations;
		this.fallback = fallback;
	}

	/**
	 * The versions of a page in the site's languages.
	 * @param current the language of the page being shown
	 * @param translations the path of the page in each language it exists in, its own
	 * included
	 * @param fallback where to go in a language the page does not exist in
	 */
	public static LanguageVersions of(Language current, Map<Language, String> translations,
			Function<Language, String> fallback) {
		Map<Language, String> copy = new EnumMap<>(Language.class);
		copy.putAll(translations);
		return new LanguageVersions(current, copy, fallback);
	}

	/**
	 * A page at its own path in its language, with its translations: what a page not yet
	 * visible (a back-office preview) has, whose own path its visible translations lack.
	 */
	public static LanguageVersions of(Language current, String ownPath, Map<Language, String> translations,
			Function<Language, String> fallback) {
		Map<Language, String> copy = new EnumMap<>(Language.class);
		copy.putAll(translations);
		copy.putIfAbsent(current, ownPath);
		return new LanguageVersions(current, copy, fallback);
	}

	/**
	 * A page that exists in every language at a path built the same way, such as a
	 * section.
	 */
	public static LanguageVersions everywhere(Language current, Function<Language, String> path) {
		Map<Language, String> all = new EnumMap<>(Language.class);
		Arrays.stream(Language.values()).forEach((language) -> all.put(language, path.apply(language)));
		return new LanguageVersions(current, all, path);
	}

	public Language current() {
		return this.current;
	}

	/** The path of this page in its own language, the base of its canonical URL. */
	public String canonicalPath() {
		return this.translations.getOrDefault(this.current, this.fallback.apply(this.current));
	}

	/**
	 * The translations to name in {@code <link rel="alternate" hreflang>}, in a stable
	 * order.
	 */
	public List<Link> alternates() {
		return this.translations.entrySet()
			.stream()
			.map((entry) -> new Link(entry.getKey(), entry.getValue(), true))
			.toList();
	}

	/**
	 * The page named by {@code hreflang="x-default"}: the French version, else this one.
	 */
	public String defaultPath() {
		return this.translations.getOrDefault(Language.DEFAULT, canonicalPath());
	}

	/**
	 * One entry per other language for the switcher: the translation, or the fallback.
	 */
	public List<Link> switcher() {
		return Arrays.stream(Language.values())
			.filter((language) -> language != this.current)
			.map((language) -> this.translations.containsKey(language)
					? new Link(language, this.translations.get(language), true)
					: new Link(language, this.fallback.apply(language), false))
			.toList();
	}

	/**
	 * A link to the page in one language.
	 *
	 * @param language the language of the target
	 * @param path the site path of the target
	 * @param translation whether the target is this very content rather than a fallback
	 */
	public record Link(Language language, String path, boolean translation) {

		public String code() {
			return this.language.code();
		}

	}

}
