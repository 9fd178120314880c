package be.mmmbelgium.site.caching;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;

/**
 * The 304 answer to a conditional request for content that has not changed, sent with its
 * validators and nothing else.
 */
final class NotModified {

	private NotModified() {
	}

	/**
	 * Answers 304 if the client's copy is current by the entity tag the answer carries.
	 * @return whether it did, and nothing is left to send
	 */
	static boolean answered(HttpServletRequest request, String etag, OnSuccess answer) {
		if (!isUnchanged(request, etag)) {
			return false;
		}
		answer.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
		// The answer would have been compressed for some clients and not for others.
		answer.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		answer.apply();
		return true;
	}

	/**
	 * Whether the client's copy is current, by its entity tag (weakly compared, as for a
	 * GET). Dates are not offered: two changes within a second, or a deletion, would
	 * leave a date unchanged, and a client trusting it would keep the older page.
	 */
	static boolean isUnchanged(HttpServletRequest request, String etag) {
		String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (ifNoneMatch == null) {
			return false;
		}
		String tag = opaque(etag);
		for (String candidate : ifNoneMatch.split(",")) {
			if (opaque(candidate.strip()).equals(tag)) {
				return true;
			}
		}
		return false;
	}

	private static String opaque(String etag) {
		return etag.startsWith("W/") ? etag.substring(2) : etag;
	}

}
