package be.mmmbelgium.site.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a password must be, after NIST SP 800-63B: long enough, and not one that attackers
 * try first. No rule on character classes, which only make passwords harder to remember.
 */
@Component
public class PasswordPolicy {

	public static final int MINIMUM_LENGTH = 12;

	public static final int MAXIMUM_LENGTH = 256;

	private final Set<String> common;

	PasswordPolicy() {
		try {
			this.common = new ClassPathResource("security/common-passwords.txt")
				.getContentAsString(StandardCharsets.UTF_8)
				.lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The list of common passwords is missing", ex);
		}
	}

	/**
	 * Why a password is refused, as the key of a message, or empty when it is accepted.
	 * @param password what the person typed
	 * @param email the account's e-mail, which a password must not repeat
	 */
	public Optional<String> problem(@Nullable String password, @Nullable String email) {
		if (password == null || password.codePointCount(0, password.length()) < MINIMUM_LENGTH) {
			return Optional.of("password.tooShort");
		}
		if (password.length() > MAXIMUM_LENGTH) {
			return Optional.of("password.tooLong");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (this.common.contains(lower) || isOneCharacterRepeated(lower)) {
			return Optional.of("password.common");
		}
		String localPart = email == null ? "" : email.toLowerCase(Locale.ROOT).split("@", 2)[0];
		if (localPart.length() >= 4 && lower.contains(localPart)) {
			return Optional.of("password.containsEmail");
		}
		return Optional.empty();
	}

	private static boolean isOneCharacterRepeated(String password) {
		return password.chars().distinct().count() <= 2;
	}

}
