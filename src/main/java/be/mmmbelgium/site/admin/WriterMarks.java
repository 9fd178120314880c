package be.mmmbelgium.site.admin;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

import be.mmmbelgium.site.system.SharedSecrets;

/**
 * The mark a browser gets when someone signs in to the back-office: the account's number,
 * signed by the site. It outlives the session, so that a form sent after the session
 * ended can be told from one sent by a browser that never signed in: only a marked
 * browser may leave a form to be kept ({@link KeptForms}), and the forms kept are counted
 * for the account it names. Nobody can make a mark without the site's key, which every
 * instance shares ({@link SharedSecrets}): a mark made by one is good on all of them, and
 * after a restart.
 */
@Component
public class WriterMarks {

	static final String COOKIE_NAME = "MMM_WRITER";

	/** As long as someone may come back to a form they left open. */
	static final Duration LIFETIME = Duration.ofDays(30);

	private final SharedSecrets secrets;

	public WriterMarks(SharedSecrets secrets) {
		this.secrets = secrets;
	}

	/** Marks the browser of someone who just signed in. */
	public void mark(long accountId, HttpServletRequest request, HttpServletResponse response) {
		response.addHeader(HttpHeaders.SET_COOKIE, cookie(accountId + "." + signature(accountId), LIFETIME, request));
	}

	/** Takes the mark away, when its owner signs out. */
	public void forget(HttpServletRequest request, HttpServletResponse response) {
		response.addHeader(HttpHeaders.SET_COOKIE, cookie("", Duration.ZERO, request));
	}

	/** The account a request's mark names, when it carries one the site made. */
	OptionalLong accountOf(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return OptionalLong.empty();
		}
		for (Cookie cookie : cookies) {
			if (COOKIE_NAME.equals(cookie.getName())) {
				return verify(cookie.getValue());
			}
		}
		return OptionalLong.empty();
	}

	private OptionalLong verify(@Nullable String mark) {
		int dot = (mark != null) ? mark.indexOf('.') : -1;
		if (mark == null || dot <= 0 || dot > 19) {
			return OptionalLong.empty();
		}
		try {
			long accountId = Long.parseLong(mark.substring(0, dot));
			boolean signed = MessageDigest.isEqual(signature(accountId).getBytes(StandardCharsets.US_ASCII),
					mark.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
			return signed ? OptionalLong.of(accountId) : OptionalLong.empty();
		}
		catch (NumberFormatException ex) {
			return OptionalLong.empty();
		}
	}

	private String signature(long accountId) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.secrets.named("writer-marks"), "HmacSHA256"));
			byte[] signed = mac.doFinal(("writer:" + accountId).getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(signed);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Every Java runtime has HmacSHA256", ex);
		}
	}

	private static String cookie(String value, Duration lifetime, HttpServletRequest request) {
		return ResponseCookie.from(COOKIE_NAME, value)
			.path(request.getContextPath() + "/admin")
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.maxAge(lifetime)
			.build()
			.toString();
	}

}
