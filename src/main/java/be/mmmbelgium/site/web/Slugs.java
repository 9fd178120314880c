package be.mmmbelgium.site.web;

import java.text.Normalizer;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Slugs: the last part of an item's address, made from its title. Accents are dropped and
 * ligatures spelled out, so {@code Une mère presque parfaite} becomes
 * {@code une-mere-presque-parfaite}.
 */
public final class Slugs {

	/** Long enough to stay meaningful, short enough to share. */
	public static final int MAXIMUM_LENGTH = 80;

	private Slugs() {
	}

	public static String fromTitle(@Nullable String title) {
		if (title == null) {
			return "";
		}
		String spelled = title.replace("œ", "oe")
			.replace("Œ", "Oe")
			.replace("æ", "ae")
			.replace("Æ", "Ae")
			.replace("ß", "ss")
			.replace("ø", "o")
			.replace("Ø", "O")
			.replace("ł", "l")
			.replace("Ł", "L");
		String plain = Normalizer.normalize(spelled, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
		String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (slug.length() <= MAXIMUM_LENGTH) {
			return slug;
		}
		String cut = slug.substring(0, MAXIMUM_LENGTH);
		int lastDash = cut.lastIndexOf('-');
		return (lastDash > MAXIMUM_LENGTH / 2 ? cut.substring(0, lastDash) : cut).replaceAll("-+$", "");
	}

	/**
	 * The slug someone typed, or else one made from the title, or else {@code fallback}.
	 */
	public static String chosenOrFromTitle(@Nullable String chosen, @Nullable String title, String fallback) {
		String slug = chosen == null || chosen.isBlank() ? fromTitle(title == null ? "" : title) : chosen.strip();
		return slug.isEmpty() ? fallback : slug;
	}

}
