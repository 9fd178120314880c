package be.mmmbelgium.site.account.link;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import be.mmmbelgium.site.account.Account;

/**
 * Issues and redeems one-time links. The token of a link is random, shown once, and kept
 * only as a hash; a link works once and until it expires.
 */
@Component
public class OneTimeLinks {

	public static final Duration SET_PASSWORD_VALIDITY = Duration.ofHours(72);

	private final SecureRandom random = new SecureRandom();

	private final AccountTokenRepository tokens;

	private final Clock clock;

	OneTimeLinks(AccountTokenRepository tokens, Clock clock) {
		this.tokens = tokens;
		this.clock = clock;
	}

	/**
	 * A new token for {@code account}; earlier unused links of the same purpose stop
	 * working.
	 */
	public String issue(AccountToken.Purpose purpose, @Nullable Account account, Duration validity) {
		Instant now = Instant.now(this.clock);
		if (account != null) {
			this.tokens.findByAccountAndPurposeAndUsedAtIsNull(account, purpose).forEach((old) -> old.use(now));
		}
		// A link for no account (the first admin's setup link) leaves the earlier ones
		// working: each instance starting on an empty database writes one to its own log,
		// and any of them may be the one the admin reads. Only one makes an admin
		// (FirstAdminClaim).

		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.tokens.save(new AccountToken(hash(token), purpose, account, now, now.plus(validity)));
		return token;
	}

	/** The link a token belongs to, while it can still be used. */
	public Optional<AccountToken> find(AccountToken.Purpose purpose, @Nullable String token) {
		if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
			return Optional.empty();
		}
		Instant now = Instant.now(this.clock);
		return this.tokens.findByTokenHashAndPurpose(hash(token), purpose).filter((link) -> link.isUsableAt(now));
	}

	/**
	 * Ends every unused link of an account, as when its password was set or it was
	 * disabled.
	 */
	public void revoke(Account account) {
		Instant now = Instant.now(this.clock);
		this.tokens.findByAccountAndPurposeAndUsedAtIsNull(account, AccountToken.Purpose.SET_PASSWORD)
			.forEach((old) -> old.use(now));
	}

	/**
	 * Uses a link found valid, once: false when another request used it meanwhile, which
	 * must then be refused as if the link had not been found.
	 */
	public boolean use(AccountToken link) {
		Instant now = Instant.now(this.clock);
		if (this.tokens.markUsed(link.getId(), now) != 1) {
			return false;
		}
		// The link as this request holds it says so too.
		link.use(now);
		return true;
	}

	public static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
