package be.mmmbelgium.site.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.core.io.Resource;

/**
 * A demo content file: a block of {@code key: value} lines between two {@code ---} lines,
 * then a Markdown body.
 *
 * @param name the file name, for error messages
 * @param fields the front matter
 * @param body the Markdown after it
 */
record DemoDocument(String name, Map<String, String> fields, String body) {

	private static final String FENCE = "---";

	static DemoDocument read(Resource resource) {
		try {
			return parse(Objects.requireNonNullElse(resource.getFilename(), resource.getDescription()),
					resource.getContentAsString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read demo file " + resource.getFilename(), ex);
		}
	}

	static DemoDocument parse(String name, String text) {
		String[] lines = text.replace("\r\n", "\n").split("\n", -1);
		if (lines.length == 0 || !lines[0].strip().equals(FENCE)) {
			return new DemoDocument(name, Map.of(), text.strip());
		}
		Map<String, String> fields = new LinkedHashMap<>();
		int line = 1;
		for (; line < lines.length && !lines[line].strip().equals(FENCE); line++) {
			int colon = lines[line].indexOf(':');
			if (colon < 1) {
				throw new IllegalStateException(name + ": line " + (line + 1) + " is not 'key: value'");
			}
			fields.put(lines[line].substring(0, colon).strip(), lines[line].substring(colon + 1).strip());
		}
		if (line == lines.length) {
			throw new IllegalStateException(name + ": the front matter is not closed by " + FENCE);
		}
		String body = String.join("\n", Arrays.copyOfRange(lines, line + 1, lines.length)).strip();
		return new DemoDocument(name, fields, body);
	}

	String required(String key) {
		return optional(key).orElseThrow(() -> new IllegalStateException(this.name + ": missing " + key));
	}

	Optional<String> optional(String key) {
		return Optional.ofNullable(this.fields.get(key)).filter((value) -> !value.isEmpty());
	}

}
