package be.mmmbelgium.site.content;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.mmmbelgium.site.account.AccountPrincipal;
import be.mmmbelgium.site.admin.KeptForms;

/**
 * Keeps, for each person and content form, the text they are typing, as their browser
 * sends it every few seconds, and gives it back when they open the form again after a
 * closed tab or a crash. Saving the form, or discarding the text, forgets it. Nothing is
 * ever saved to the content on anyone's behalf.
 */
@Service
@Transactional
public class Autosaves {

	/**
	 * At most this many characters are kept for one form, as for a form kept at sign-in.
	 */
	static final int MAX_CHARACTERS = 600_000;

	/** Fields never kept: the session's token, and the button that was never pressed. */
	private static final Set<String> IGNORED = Set.of("_csrf", "intent", "form");

	private final AutosaveRepository autosaves;

	private final Clock clock;

	Autosaves(AutosaveRepository autosaves, Clock clock) {
		this.autosaves = autosaves;
		this.clock = clock;
	}

	/**
	 * Keeps the fields of a content form for its person, replacing what was kept before.
	 * @return whether they were kept: the form is a content form and the text not too
	 * long
	 */
	public boolean keep(AccountPrincipal who, String formPath, Map<String, String[]> fields) {
		if (!KeptForms.isContentForm(formPath)) {
			return false;
		}
		String encoded = encode(fields);
		if (encoded.length() > MAX_CHARACTERS) {
			return false;
		}
		Instant now = Instant.now(this.clock);
		Autosave autosave = this.autosaves.findByAccountIdAndFormPath(who.id(), formPath)
			.orElseGet(() -> new Autosave(who.id(), formPath, encoded, now));
		autosave.keep(encoded, now);
		this.autosaves.save(autosave);
		return true;
	}

	/**
	 * The text kept for a form, if any: its fields as a form sends them, and when they
	 * came.
	 */
	@Transactional(readOnly = true)
	public Optional<Kept> kept(AccountPrincipal who, String formPath) {
		return this.autosaves.findByAccountIdAndFormPath(who.id(), formPath)
			.map((kept) -> new Kept(decode(kept.getFields()), kept.getSavedAt()));
	}

	/**
	 * Text kept for a form.
	 *
	 * @param fields the form's fields, as a form sends them
	 * @param savedAt when the browser last sent them
	 */
	public record Kept(Map<String, String[]> fields, Instant savedAt) {
	}

	/** Forgets what was kept for a form: it was saved, or its person discarded it. */
	public void forget(AccountPrincipal who, String formPath) {
		this.autosaves.deleteByAccountIdAndFormPath(who.id(), formPath);
	}

	static String encode(Map<String, String[]> fields) {
		StringBuilder encoded = new StringBuilder();
		fields.forEach((name, values) -> {
			if (!IGNORED.contains(name)) {
				for (String value : values) {
					encoded.append(encoded.isEmpty() ? "" : "&")
						.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
						.append('=')
						.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
				}
			}
		});
		return encoded.toString();
	}

	static Map<String, String[]> decode(String encoded) {
		Map<String, List<String>> fields = new LinkedHashMap<>();
		for (String pair : encoded.split("&")) {
			if (!pair.isEmpty()) {
				int equals = pair.indexOf('=');
				String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
				String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
				fields.computeIfAbsent(name, (key) -> new ArrayList<>()).add(value);
			}
		}
		Map<String, String[]> decoded = new LinkedHashMap<>();
		fields.forEach((name, values) -> decoded.put(name, values.toArray(String[]::new)));
		return decoded;
	}

}
