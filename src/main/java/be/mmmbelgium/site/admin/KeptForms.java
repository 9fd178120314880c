package be.mmmbelgium.site.admin;

import java.io.IOException;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.core.convert.ConversionService;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps what someone wrote when their back-office session ended while they were writing.
 * <p>
 * A content form sent with the cookie of a session that has expired would be refused (its
 * CSRF token belongs to the ended session) and the text lost. Instead, its fields are
 * kept in a new session, the person signs in again, comes back to the same form, and
 * finds their text there to check and save. Nothing is saved on their behalf: the kept
 * text is only put back on the form.
 * <p>
 * Only a form sent with a session cookie and the mark of a browser where someone signed
 * in ({@link WriterMarks}) is kept, which a browser sends from the site's own pages and
 * not from another site (the cookies are {@code SameSite=Lax}): another site cannot fill
 * someone's form, and a client that never signed in cannot leave forms at all.
 * <p>
 * The same holds for a form sent again without its token while its session goes on: the
 * one given back while the database was away (it could not hold a token, the session
 * being out of reach), whose text is kept in the session and shown again on its form.
 * <p>
 * Sessions live in the database (Spring Session JDBC), so the kept text waits there for
 * whichever instance the person reaches next. The sessions that keep a form are found by
 * the account they keep it for, which bounds how many one account may have.
 */
public final class KeptForms extends OncePerRequestFilter {

	/** The content forms whose text is kept: writing a new item or changing one. */
	static final Pattern FORMS = Pattern.compile("/admin/(news|episodes|pages|podcasts)(/[a-z0-9-]+)*/(new|[0-9]+)");

	private static final String ATTRIBUTE = KeptForms.class.getName();

	/** Fields never kept: the token of the ended session. */
	private static final String CSRF_PARAMETER = "_csrf";

	/**
	 * At most this many characters are kept for one form: a long text and its transcript.
	 */
	private static final int MAX_CHARACTERS = 600_000;

	/**
	 * At most this many forms are kept at once for one account (someone with several tabs
	 * open), so that nobody can fill the database with them; past it, a form sent after
	 * its session ended is refused as before.
	 */
	static final int MAX_KEPT_PER_ACCOUNT = 5;

	/**
	 * What a session keeping a form is indexed by, before the account's number, until its
	 * owner signs in again and it becomes theirs.
	 */
	private static final String KEPT_FOR = "kept-form:";

	private final WriterMarks marks;

	private final FindByIndexNameSessionRepository<?> sessions;

	public KeptForms(WriterMarks marks, FindByIndexNameSessionRepository<?> sessions) {
		this.marks = marks;
		this.sessions = sessions;
	}

	/**
	 * A form's fields as sent, for the form at {@code path}, by the account that signed
	 * in on that browser.
	 */
	record Kept(long accountId, String path, Map<String, String[]> fields) implements Serializable {

	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean expired = isExpiredFormPost(request);
		boolean tokenless = !expired && isTokenlessFormPost(request);
		OptionalLong writer = (expired || tokenless) ? this.marks.accountOf(request) : OptionalLong.empty();
		if (writer.isPresent()) {
			Map<String, String[]> fields = new LinkedHashMap<>();
			int characters = 0;
			for (Map.Entry<String, String[]> field : request.getParameterMap().entrySet()) {
				if (!field.getKey().equals(CSRF_PARAMETER) && !field.getKey().equals(GIVEN_BACK)) {
					for (String value : field.getValue()) {
						characters += value.length();
					}
					fields.put(field.getKey(), field.getValue().clone());
				}
			}
			long accountId = writer.getAsLong();
			if (tokenless && characters <= MAX_CHARACTERS) {
				// The session goes on: the text waits in it, once, to be shown on its
				// form.
				String path = pathOf(request);
				request.getSession().setAttribute(ATTRIBUTE, new Kept(accountId, path, fields));
				response.sendRedirect(request.getContextPath() + path);
				return;
			}
			if (expired && characters <= MAX_CHARACTERS && keptFor(accountId) < MAX_KEPT_PER_ACCOUNT) {
				String path = pathOf(request);
				HttpSession session = request.getSession(true);
				session.setAttribute(ATTRIBUTE, new Kept(accountId, path, fields));
				session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, KEPT_FOR + accountId);
				// After signing in, the person is sent back to the form (as a GET).
				session.setAttribute(RETURN_TO, path);
				response.sendRedirect(request.getContextPath() + BackOffice.SIGN_IN + "?kept");
				return;
			}
		}
		chain.doFilter(request, response);
	}

	/**
	 * How many sessions keep a form for an account: until their owner signs in again, or
	 * until they expire and the session store's clean-up removes them.
	 */
	private int keptFor(long accountId) {
		return this.sessions
			.findByIndexNameAndIndexValue(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME,
					KEPT_FOR + accountId)
			.size();
	}

	/** Whether a path is that of a content form: writing a new item, or changing one. */
	public static boolean isContentForm(@Nullable String path) {
		return path != null && FORMS.matcher(path).matches();
	}

	/** Where a person whose form was kept goes once signed in again. */
	static final String RETURN_TO = KeptForms.class.getName() + ".returnTo";

	private static boolean isExpiredFormPost(HttpServletRequest request) {
		return "POST".equals(request.getMethod()) && request.getRequestedSessionId() != null
				&& !request.isRequestedSessionIdValid() && FORMS.matcher(pathOf(request)).matches();
	}

	/**
	 * Whether a content form comes without its token, with a session that goes on: the
	 * form given back while the database was away, which could not hold one, sent again.
	 */
	private static boolean isTokenlessFormPost(HttpServletRequest request) {
		return "POST".equals(request.getMethod()) && request.getParameter(GIVEN_BACK) != null
				&& request.getParameter(CSRF_PARAMETER) == null && FORMS.matcher(pathOf(request)).matches()
				&& request.isRequestedSessionIdValid();
	}

	/**
	 * The field that marks a form given back while the database was away (the page
	 * {@code admin/unavailable}); any other form without its token is refused as before.
	 */
	public static final String GIVEN_BACK = "given-back";

	/** The path of a request within the site, without its context path. */
	public static String pathOf(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	/**
	 * Puts the fields kept for the form of this request back on {@code form}, once: they
	 * are removed from the session as they are given back.
	 * @return whether there were fields kept for this form
	 */
	public static boolean restoreInto(HttpServletRequest request, Object form, ConversionService conversions) {
		HttpSession session = request.getSession(false);
		if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof Kept kept)
				|| !kept.path().equals(pathOf(request))) {
			return false;
		}
		session.removeAttribute(ATTRIBUTE);
		bind(kept.fields(), form, conversions);
		return true;
	}

	/** Puts fields, as a form sends them, on a form object. */
	public static void bind(Map<String, String[]> fields, Object form, ConversionService conversions) {
		WebDataBinder binder = new WebDataBinder(form);
		binder.setConversionService(conversions);
		binder.bind(new MutablePropertyValues(fields));
	}

	/**
	 * Where to go after signing in: the form whose text was kept, if any, once. The
	 * session is now that of the account signed in, and known by it.
	 */
	public static Optional<String> returnTo(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null || !(session.getAttribute(RETURN_TO) instanceof String path)) {
			return Optional.empty();
		}
		session.removeAttribute(RETURN_TO);
		session.removeAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME);
		return Optional.of(path);
	}

}
