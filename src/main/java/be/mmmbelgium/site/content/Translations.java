package be.mmmbelgium.site.content;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import be.mmmbelgium.site.web.Language;

/**
 * The addresses of the translations of one item, language by language, as the language
 * switcher and the {@code hreflang} links need them.
 */
public final class Translations {

	private Translations() {
	}

	public static Map<Language, String> paths(Collection<TranslatedSlug> translations,
			BiFunction<Language, String, String> path) {
		return paths(translations, TranslatedSlug::language,
				(translation) -> path.apply(translation.language(), translation.slug()));
	}

	public static <T> Map<Language, String> paths(Collection<T> translations, Function<T, Language> language,
			Function<T, String> path) {
		Map<Language, String> paths = new EnumMap<>(Language.class);
		translations.forEach((translation) -> paths.putIfAbsent(language.apply(translation), path.apply(translation)));
		return paths;
	}

}
