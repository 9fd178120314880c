package be.mmmbelgium.site.media;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.jspecify.annotations.Nullable;

/**
 * Checks a PDF document before it is published, by reading it with a real parser (Apache
 * PDFBox) as a viewer would: whole (it ends with its end-of-file marker, nothing after),
 * and passive. Every object of the document is read, those packed in compressed object
 * streams too, and the document is refused when one of them runs a script (a JavaScript
 * action or name, wherever it is: document, page, annotation or form field), starts a
 * program or opens another file, submits or imports data, reaches an address other than a
 * web page or an e-mail address, carries a file, or is an XFA form.
 * <p>
 * Memory stays bounded: decoded streams go to temporary files, page contents and pictures
 * are never decoded, and an object stream that decodes to more than
 * {@link #MAX_OBJECT_STREAM} bytes is refused.
 */
final class PdfDocument {

	/** Actions that run something, open another file, or send or fetch data. */
	private static final Set<String> ACTIVE_ACTIONS = Set.of("JavaScript", "Launch", "GoToR", "GoToE", "ImportData",
			"SubmitForm", "RichMediaExecute");

	/** Keys that hold a script, a file, or an XFA form, wherever they appear. */
	private static final Set<COSName> ACTIVE_KEYS = Set.of(COSName.JS, COSName.getPDFName("JavaScript"),
			COSName.EMBEDDED_FILES, COSName.EF, COSName.getPDFName("XFA"), COSName.getPDFName("RichMediaContent"));

	/** Kinds of object that carry a file or rich media. */
	private static final Set<String> ACTIVE_TYPES = Set.of("EmbeddedFile", "FileAttachment", "RichMedia");

	/** The addresses a link may lead to. */
	private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto", "tel");

	/**
	 * The most an object stream may decode to: real ones hold a few hundred kilobytes.
	 */
	static final long MAX_OBJECT_STREAM = 16L * 1024 * 1024;

	private static final byte[] END_OF_FILE = "%%EOF".getBytes(StandardCharsets.US_ASCII);

	private PdfDocument() {
	}

	/**
	 * Checks that a PDF is whole, readable and free of active content.
	 * @throws UploadRefusedException when the document is cut off, goes on after its end,
	 * is protected by a password, cannot be read, or has active content
	 */
	static void check(Path file) throws IOException {
		requireWhole(file);
		try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(file), "", null, null,
				IOUtils.createTempFileOnlyStreamCache())) {
			COSDocument objects = document.getDocument();
			requireSmallObjectStreams(objects);
			requirePassive(objects);
		}
		catch (InvalidPasswordException ex) {
			throw new UploadRefusedException("encrypted");
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof UploadRefusedException refused) {
				throw refused;
			}
			throw new UploadRefusedException("damaged");
		}
	}

	/** Refuses a file that has no end-of-file marker, or data after its last one. */
	private static void requireWhole(Path file) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		int end = bytes.length;
		while (end > 0 && Character.isWhitespace(bytes[end - 1])) {
			end--;
		}
		int last = FileType.lastIndexOf(bytes, END_OF_FILE);
		if (last < 0) {
			throw new UploadRefusedException("truncated");
		}
		if (last + END_OF_FILE.length != end) {
			throw new UploadRefusedException("extraData");
		}
	}

	/**
	 * Measures every object stream before any object is read from it: one that decodes to
	 * more than {@link #MAX_OBJECT_STREAM} is a decompression bomb, not a document.
	 */
	private static void requireSmallObjectStreams(COSDocument objects) throws IOException {
		for (Long offset : objects.getXrefTable().values()) {
			// An object packed in an object stream is listed at minus that stream's
			// number.
			if (offset != null && offset < 0 && objects.getObjectFromPool(new COSObjectKey(-offset, 0))
				.getObject() instanceof COSStream stream) {
				requireDecodedAtMost(stream, MAX_OBJECT_STREAM);
			}
		}
	}

	private static void requireDecodedAtMost(COSStream stream, long limit) throws IOException {
		long total = 0;
		byte[] buffer = new byte[64 * 1024];
		try (InputStream in = stream.createInputStream()) {
			int read;
			while ((read = in.read(buffer)) >= 0) {
				total += read;
				if (total > limit) {
					throw new UploadRefusedException("pdfInflated");
				}
			}
		}
	}

	/**
	 * Reads every object of the document, from its trailer and its cross-reference table.
	 */
	private static void requirePassive(COSDocument objects) {
		Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		Deque<COSBase> toRead = new ArrayDeque<>();
		toRead.push(objects.getTrailer());
		for (Map.Entry<COSObjectKey, Long> entry : objects.getXrefTable().entrySet()) {
			toRead.push(objects.getObjectFromPool(entry.getKey()));
		}
		while (!toRead.isEmpty()) {
			COSBase next = toRead.pop();
			COSBase object = next instanceof COSObject reference ? reference.getObject() : next;
			if (object == null || !seen.add(object)) {
				continue;
			}
			if (object instanceof COSDictionary dictionary) {
				requirePassive(dictionary);
				dictionary.getValues().forEach(toRead::push);
			}
			else if (object instanceof COSArray array) {
				array.forEach(toRead::push);
			}
		}
	}

	private static void requirePassive(COSDictionary dictionary) {
		String action = nameOf(dictionary, COSName.S);
		if (ACTIVE_ACTIONS.contains(action)) {
			throw new UploadRefusedException("activeContent");
		}
		if ("URI".equals(action) && !isWebOrMail(dictionary.getString(COSName.URI))) {
			throw new UploadRefusedException("activeContent");
		}
		for (COSName key : ACTIVE_KEYS) {
			if (dictionary.containsKey(key)) {
				throw new UploadRefusedException("activeContent");
			}
		}
		if (ACTIVE_TYPES.contains(nameOf(dictionary, COSName.TYPE))
				|| ACTIVE_TYPES.contains(nameOf(dictionary, COSName.SUBTYPE))) {
			throw new UploadRefusedException("activeContent");
		}
	}

	/** The name a dictionary gives under a key; empty when it gives none. */
	private static String nameOf(COSDictionary dictionary, COSName key) {
		String name = dictionary.getNameAsString(key);
		return name == null ? "" : name;
	}

	/**
	 * Whether a link leads to a web page, an e-mail address or a telephone number; one
	 * without a scheme is relative to the document's address, unless it names a path.
	 */
	private static boolean isWebOrMail(@Nullable String address) {
		if (address == null) {
			return true;
		}
		String link = address.strip();
		try {
			String scheme = URI.create(link).getScheme();
			return scheme == null ? !link.startsWith("/") && !link.startsWith("\\")
					: LINK_SCHEMES.contains(scheme.toLowerCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
