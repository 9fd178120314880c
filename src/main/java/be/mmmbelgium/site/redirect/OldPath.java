package be.mmmbelgium.site.redirect;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriUtils;

/**
 * The one form under which an address is kept in the redirect table and looked up, so
 * that the ways of writing one address all find it: percent-escapes decoded, in lower
 * case (WordPress slugs are lower case, and the old site found its pages whatever the
 * case), without the trailing slash ({@code /a/b/} and {@code /a/b} are one address).
 */
final class OldPath {

	static final int MAX_LENGTH = 500;

	private OldPath() {
	}

	/** The normal form of a path, or empty when it cannot be an address of the table. */
	static Optional<String> normalise(@Nullable String path) {
		if (path == null || !path.startsWith("/")) {
			return Optional.empty();
		}
		String decoded;
		try {
			decoded = UriUtils.decode(path, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException malformed) {
			return Optional.empty();
		}
		String lowerCase = decoded.toLowerCase(Locale.ROOT);
		int end = lowerCase.length();
		while (end > 1 && lowerCase.charAt(end - 1) == '/') {
			end--;
		}
		return (end <= MAX_LENGTH) ? Optional.of(lowerCase.substring(0, end)) : Optional.empty();
	}

	/**
	 * Whether a normalised path belongs to the back-office, which is never redirected.
	 */
	static boolean isBackOffice(String normalised) {
		return normalised.equals("/admin") || normalised.startsWith("/admin/");
	}

}
