package be.mmmbelgium.site.content;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.jspecify.annotations.Nullable;

import be.mmmbelgium.site.web.Language;

/**
 * Stores a {@link Language} as its ISO code ({@code fr}), the form used in URLs too.
 */
@Converter(autoApply = true)
class LanguageAttributeConverter implements AttributeConverter<Language, String> {

	@Override
	public @Nullable String convertToDatabaseColumn(@Nullable Language language) {
		return language == null ? null : language.code();
	}

	@Override
	public @Nullable Language convertToEntityAttribute(@Nullable String code) {
		return code == null ? null
				: Language.fromCode(code).orElseThrow(() -> new IllegalStateException("Unknown language " + code));
	}

}
