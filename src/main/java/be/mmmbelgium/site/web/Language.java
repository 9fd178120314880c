package be.mmmbelgium.site.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the site is published in. French is the default language of the
 * association.
 */
public enum Language {

	FR(Locale.FRENCH), NL(Locale.forLanguageTag("nl")), EN(Locale.ENGLISH);

	public static final Language DEFAULT = FR;

	private final Locale locale;

	Language(Locale locale) {
		this.locale = locale;
	}

	/** The lower-case ISO 639-1 code, as used in URLs and in {@code hreflang}. */
	public String code() {
		return this.locale.getLanguage();
	}

	public Locale locale() {
		return this.locale;
	}

	public static Optional<Language> fromCode(String code) {
		return Arrays.stream(values()).filter((language) -> language.code().equals(code)).findFirst();
	}

	public static Language of(Locale locale) {
		return fromCode(locale.getLanguage()).orElse(DEFAULT);
	}

}
