package be.mmmbelgium.site.media;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Checks a PDF document before it is published: whole (it ends with its end-of-file
 * marker), and passive: no JavaScript, no launched programs, no embedded files, whether
 * written plainly or inside compressed object streams.
 */
final class PdfDocument {

	/** Names of PDF actions and objects that run or carry something beyond the document. */
	private static final List<String> ACTIVE_NAMES = List.of("/javascript", "/js", "/launch", "/embeddedfile",
			"/embeddedfiles", "/richmedia");

	private static final Pattern NAME = Pattern.compile("/[A-Za-z#0-9]+");

	private static final Pattern STREAM = Pattern.compile("(?<![A-Za-z])stream\r?\n");

	/** Bounds what compressed streams may inflate to, against decompression bombs. */
	private static final long MAX_INFLATED = 200L * 1024 * 1024;

	private PdfDocument() {
	}

	/**
	 * @throws UploadRefusedException when the document is cut off or has active content
	 */
	static void check(Path file) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		String text = new String(bytes, StandardCharsets.ISO_8859_1);
		if (!text.stripTrailing().endsWith("%%EOF")) {
			throw new UploadRefusedException(text.lastIndexOf("%%EOF") >= 0 ? "extraData" : "truncated");
		}
		requirePassive(text);
		long inflated = 0;
		Matcher stream = STREAM.matcher(text);
		while (stream.find()) {
			int end = text.indexOf("endstream", stream.end());
			if (end < 0) {
				throw new UploadRefusedException("truncated");
			}
			String dictionary = compact(text.substring(Math.max(0, text.lastIndexOf("obj", stream.start())),
					stream.start()));
			if (mayHoldActions(dictionary)) {
				byte[] content = inflate(bytes, stream.end(), end, MAX_INFLATED - inflated);
				if (content == null) {
					throw new UploadRefusedException("pdfEncoding");
				}
				inflated += content.length;
				requirePassive(new String(content, StandardCharsets.ISO_8859_1));
			}
			stream.region(end + "endstream".length(), text.length());
		}
	}

	/**
	 * Whether a stream, by its dictionary, could hold objects or script: every stream but
	 * pictures, fonts and cross-reference tables. Those are read, and must be plain or
	 * compressed with zlib alone (no predictor), or the document is refused: a stream the
	 * site cannot read could hide what it refuses.
	 */
	private static boolean mayHoldActions(String dictionary) {
		if (dictionary.contains("/subtype/image") || dictionary.contains("/type/xref")
				|| dictionary.contains("/length1") || dictionary.contains("/subtype/type1c")
				|| dictionary.contains("/subtype/cidfonttype0c") || dictionary.contains("/subtype/opentype")) {
			return false;
		}
		boolean filtered = dictionary.contains("/filter");
		boolean flateOnly = dictionary.matches("(?s).*/filter\\[?/flatedecode\\]?.*")
				&& !dictionary.contains("/predictor");
		if (filtered && !flateOnly) {
			throw new UploadRefusedException("pdfEncoding");
		}
		return filtered;
	}

	/** A dictionary in lower case without white space, so that names compare whatever the spacing. */
	private static String compact(String dictionary) {
		return decodeName(dictionary.replaceAll("\\s+", ""));
	}

	private static void requirePassive(String text) {
		Matcher name = NAME.matcher(text);
		while (name.find()) {
			if (ACTIVE_NAMES.contains(decodeName(name.group()))) {
				throw new UploadRefusedException("activeContent");
			}
		}
	}

	/** A name with its {@code #xx} escapes decoded, in lower case: {@code /J#61vaScript} is {@code /javascript}. */
	static String decodeName(String name) {
		StringBuilder decoded = new StringBuilder(name.length());
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (c == '#' && i + 2 < name.length() && isHex(name.charAt(i + 1)) && isHex(name.charAt(i + 2))) {
				decoded.append((char) Integer.parseInt(name.substring(i + 1, i + 3), 16));
				i += 2;
			}
			else {
				decoded.append(c);
			}
		}
		return decoded.toString().toLowerCase(java.util.Locale.ROOT);
	}

	private static boolean isHex(char c) {
		return Character.digit(c, 16) >= 0;
	}

	/** The stream inflated, or null when it is not compressed with zlib. */
	private static byte[] inflate(byte[] bytes, int start, int end, long budget) {
		Inflater inflater = new Inflater();
		try {
			inflater.setInput(bytes, start, end - start);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			byte[] buffer = new byte[65536];
			while (!inflater.finished() && !inflater.needsInput()) {
				int count = inflater.inflate(buffer);
				if (count == 0 && (inflater.needsDictionary() || inflater.needsInput())) {
					break;
				}
				out.write(buffer, 0, count);
				if (out.size() > budget) {
					throw new UploadRefusedException("damaged");
				}
			}
			return out.toByteArray();
		}
		catch (DataFormatException ex) {
			return null;
		}
		finally {
			inflater.end();
		}
	}

}
