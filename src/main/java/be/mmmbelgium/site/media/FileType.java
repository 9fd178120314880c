package be.mmmbelgium.site.media;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * The types of file the site accepts, recognised by their first bytes and never by their
 * name or the type the browser declared.
 */
enum FileType {

	JPEG(MediaKind.IMAGE, "image/jpeg", "jpg"),

	PNG(MediaKind.IMAGE, "image/png", "png"),

	GIF(MediaKind.IMAGE, "image/gif", "gif"),

	WEBP(MediaKind.IMAGE, "image/webp", "webp"),

	MP3(MediaKind.AUDIO, "audio/mpeg", "mp3"),

	/** AAC audio in an MPEG-4 container, the type Apple Podcasts names for it. */
	M4A(MediaKind.AUDIO, "audio/x-m4a", "m4a"),

	PDF(MediaKind.DOCUMENT, "application/pdf", "pdf");

	/** How many bytes {@link #identify(byte[])} needs to see. */
	static final int HEAD_LENGTH = 1024;

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	private final MediaKind kind;

	private final String mediaType;

	private final String extension;

	FileType(MediaKind kind, String mediaType, String extension) {
		this.kind = kind;
		this.mediaType = mediaType;
		this.extension = extension;
	}

	MediaKind kind() {
		return this.kind;
	}

	String mediaType() {
		return this.mediaType;
	}

	String extension() {
		return this.extension;
	}

	/**
	 * The type of a file from its first bytes.
	 * @throws UploadRefusedException when they are those of no accepted type, with a
	 * reason that names SVG, markup and programs for what they are
	 */
	static FileType identify(byte[] head) {
		if (startsWith(head, 0, new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff })) {
			return JPEG;
		}
		if (startsWith(head, 0, PNG_SIGNATURE)) {
			return PNG;
		}
		if (startsWith(head, 0, ascii("GIF87a")) || startsWith(head, 0, ascii("GIF89a"))) {
			return GIF;
		}
		if (startsWith(head, 0, ascii("RIFF")) && startsWith(head, 8, ascii("WEBP"))) {
			return WEBP;
		}
		if (startsWith(head, 0, ascii("ID3")) || Mp3Audio.isFrameHeader(head, 0)) {
			return MP3;
		}
		if (startsWith(head, 4, ascii("ftyp"))) {
			return M4A;
		}
		if (startsWith(head, 0, ascii("%PDF-"))) {
			return PDF;
		}
		String text = new String(head, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
		if (text.contains("<svg")) {
			throw new UploadRefusedException("svg");
		}
		throw new UploadRefusedException("type");
	}

	static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
		return bytes.length >= offset + prefix.length
				&& Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
	}

	/** Where {@code part} last appears in {@code bytes}; -1 when it does not. */
	static int lastIndexOf(byte[] bytes, byte[] part) {
		for (int i = bytes.length - part.length; i >= 0; i--) {
			if (startsWith(bytes, i, part)) {
				return i;
			}
		}
		return -1;
	}

	static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

}
