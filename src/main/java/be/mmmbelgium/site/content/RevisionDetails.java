package be.mmmbelgium.site.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What a revision keeps of an item besides its text, as lines of {@code name=value}: easy
 * to compare between two revisions and to read back. Each kind says what it keeps; a file
 * is kept as its id followed by a readable name ({@code cover=12 photo.jpg}).
 */
public final class RevisionDetails {

	private final StringBuilder text = new StringBuilder();

	private RevisionDetails() {
	}

	public static RevisionDetails start() {
		return new RevisionDetails();
	}

	/** Adds a line, unless the value is null; line breaks in it become spaces. */
	public RevisionDetails with(String name, @Nullable Object value) {
		if (value != null) {
			this.text.append(name).append('=').append(value.toString().replaceAll("[\\r\\n]+", " ")).append('\n');
		}
		return this;
	}

	public String text() {
		return this.text.toString();
	}

	/** The values of each name, in the order they were written. */
	public static Map<String, List<String>> parse(String text) {
		Map<String, List<String>> values = new LinkedHashMap<>();
		if (text != null) {
			text.lines()
				.filter((line) -> line.indexOf('=') > 0)
				.forEach((line) -> values
					.computeIfAbsent(line.substring(0, line.indexOf('=')), (name) -> new ArrayList<>())
					.add(line.substring(line.indexOf('=') + 1)));
		}
		return values;
	}

	/** The first value of a name. */
	public static Optional<String> first(Map<String, List<String>> values, String name) {
		return Optional.ofNullable(values.get(name)).filter((list) -> !list.isEmpty()).map((list) -> list.get(0));
	}

	/** The id a value starts with ({@code 12} in {@code 12 photo.jpg}). */
	public static Optional<Long> idOf(String value) {
		String digits = value.split(" ", 2)[0];
		return digits.matches("[0-9]{1,18}") ? Optional.of(Long.parseLong(digits)) : Optional.empty();
	}

	/** What follows the id in a value ({@code photo.jpg} in {@code 12 photo.jpg}). */
	public static String afterId(String value) {
		String[] parts = value.split(" ", 2);
		return parts.length > 1 ? parts[1] : "";
	}

}
