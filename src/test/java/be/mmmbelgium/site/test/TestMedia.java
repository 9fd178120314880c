package be.mmmbelgium.site.test;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import javax.imageio.ImageIO;

import be.mmmbelgium.site.media.MediaFile;
import be.mmmbelgium.site.media.MediaKind;
import be.mmmbelgium.site.media.MediaLibrary;

/**
 * Small real files for tests that need media, made here byte by byte where the JDK cannot
 * write them.
 */
public final class TestMedia {

	/**
	 * The text hidden in the EXIF data of {@link #jpegWithExif}, to look for after
	 * re-encoding.
	 */
	public static final String EXIF_SECRET = "GPS 50.8466N 4.3528E";

	private TestMedia() {
	}

	/** Adds a file to the media library through the checks of an upload. */
	public static MediaFile add(MediaLibrary library, String name, byte[] content) {
		return library.upload(name, new ByteArrayInputStream(content), Set.of(MediaKind.values()), null);
	}

	public static byte[] png(int width, int height) {
		return image("png", width, height, BufferedImage.TYPE_INT_RGB);
	}

	public static byte[] transparentPng(int width, int height) {
		return image("png", width, height, BufferedImage.TYPE_INT_ARGB);
	}

	public static byte[] jpeg(int width, int height) {
		return image("jpeg", width, height, BufferedImage.TYPE_INT_RGB);
	}

	public static byte[] gif(int width, int height) {
		return image("gif", width, height, BufferedImage.TYPE_INT_RGB);
	}

	private static byte[] image(String format, int width, int height, int type) {
		BufferedImage image = new BufferedImage(width, height, type);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(0x8a, 0x1c, 0x4f, type == BufferedImage.TYPE_INT_ARGB ? 0x80 : 0xff));
		graphics.fillRect(0, 0, width / 2, height);
		graphics.dispose();
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, format, out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A PNG of {@code width} × {@code height} black pixels in RGB, written row by row: a
	 * file of a few hundred kilobytes that decodes into as many bytes as it has pixels,
	 * three times over (an "image bomb").
	 */
	public static byte[] pngBomb(int width, int height) {
		ByteArrayOutputStream data = new ByteArrayOutputStream();
		try (DeflaterOutputStream zlib = new DeflaterOutputStream(data, new Deflater(Deflater.BEST_COMPRESSION))) {
			byte[] row = new byte[1 + 3 * width];
			for (int y = 0; y < height; y++) {
				zlib.write(row);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2);
		return concat(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' },
				pngChunk("IHDR", header.array()), pngChunk("IDAT", data.toByteArray()), pngChunk("IEND", new byte[0]));
	}

	private static byte[] pngChunk(String type, byte[] data) {
		CRC32 crc = new CRC32();
		crc.update(ascii(type));
		crc.update(data);
		return concat(ByteBuffer.allocate(4).putInt(data.length).array(), ascii(type), data,
				ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

	/**
	 * A small JPEG whose header claims {@code width} × {@code height} pixels: its reader
	 * decodes what data there is and fills the rest, as large as the header says.
	 */
	public static byte[] jpegClaiming(int width, int height) {
		byte[] jpeg = jpeg(16, 16);
		for (int i = 2; i + 9 < jpeg.length; i++) {
			if ((jpeg[i] & 0xff) == 0xff && (jpeg[i + 1] & 0xff) == 0xc0) {
				jpeg[i + 5] = (byte) (height >> 8);
				jpeg[i + 6] = (byte) height;
				jpeg[i + 7] = (byte) (width >> 8);
				jpeg[i + 8] = (byte) width;
				return jpeg;
			}
		}
		throw new IllegalStateException("No baseline frame header");
	}

	/**
	 * A small GIF whose screen and picture claim {@code width} × {@code height} pixels.
	 */
	public static byte[] gifClaiming(int width, int height) {
		byte[] gif = gif(16, 16);
		ByteBuffer.wrap(gif, 6, 4).order(ByteOrder.LITTLE_ENDIAN).putShort((short) width).putShort((short) height);
		int descriptor = 13 + ((gif[10] & 0x80) == 0 ? 0 : 3 * (1 << ((gif[10] & 0x07) + 1)));
		while (gif[descriptor] == 0x21) {
			descriptor += 2;
			while (gif[descriptor] != 0) {
				descriptor += (gif[descriptor] & 0xff) + 1;
			}
			descriptor++;
		}
		ByteBuffer.wrap(gif, descriptor + 5, 4)
			.order(ByteOrder.LITTLE_ENDIAN)
			.putShort((short) width)
			.putShort((short) height);
		return gif;
	}

	/**
	 * A small lossy WebP whose frame header claims {@code width} × {@code height} pixels.
	 */
	public static byte[] webpClaiming(int width, int height) {
		byte[] webp;
		try (var in = TestMedia.class.getResourceAsStream("/media/sample.webp")) {
			webp = in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ByteBuffer.wrap(webp, 0x1a, 4)
			.order(ByteOrder.LITTLE_ENDIAN)
			.putShort((short) (width & 0x3fff))
			.putShort((short) (height & 0x3fff));
		return webp;
	}

	/**
	 * A JPEG photo with EXIF data, as a phone writes it: an orientation (6 means the
	 * phone was turned a quarter clockwise) and a description holding
	 * {@link #EXIF_SECRET}.
	 */
	public static byte[] jpegWithExif(int width, int height, int orientation) {
		byte[] secret = (EXIF_SECRET + "\0").getBytes(StandardCharsets.US_ASCII);
		ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 2 * 12 + 4 + secret.length).order(ByteOrder.LITTLE_ENDIAN);
		tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
		tiff.putShort((short) 2);
		// ImageDescription (ASCII), its text after the directory.
		tiff.putShort((short) 0x010e).putShort((short) 2).putInt(secret.length).putInt(8 + 2 + 2 * 12 + 4);
		// Orientation (SHORT), its value in place.
		tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
		tiff.putInt(0);
		tiff.put(secret);
		byte[] exif = concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), tiff.array());
		byte[] jpeg = jpeg(width, height);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(jpeg, 0, 2);
		out.write(0xff);
		out.write(0xe1);
		out.write((exif.length + 2) >> 8);
		out.write((exif.length + 2) & 0xff);
		out.writeBytes(exif);
		out.write(jpeg, 2, jpeg.length - 2);
		return out.toByteArray();
	}

	/**
	 * An MP3 of silence-like frames (MPEG-1 layer III, 128 kb/s, 44.1 kHz) lasting about
	 * {@code seconds}.
	 */
	public static byte[] mp3(int seconds) {
		int frames = (int) Math.round(seconds * 44100.0 / 1152);
		byte[] frame = new byte[417];
		frame[0] = (byte) 0xff;
		frame[1] = (byte) 0xfb;
		frame[2] = (byte) 0x90;
		frame[3] = (byte) 0x64;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { 'I', 'D', '3', 3, 0, 0, 0, 0, 0, 0 });
		for (int i = 0; i < frames; i++) {
			out.writeBytes(frame);
		}
		return out.toByteArray();
	}

	/** An MPEG-4 audio file (M4A) whose movie header says it lasts {@code seconds}. */
	public static byte[] m4a(int seconds) {
		byte[] ftyp = box("ftyp", concat(ascii("M4A "), new byte[] { 0, 0, 0, 0 }, ascii("M4A mp42isom")));
		ByteBuffer mvhd = ByteBuffer.allocate(100);
		mvhd.putInt(0).putInt(0).putInt(0).putInt(1000).putInt(seconds * 1000);
		ByteBuffer hdlr = ByteBuffer.allocate(25);
		hdlr.putInt(0).putInt(0).put(ascii("soun"));
		byte[] moov = box("moov",
				concat(box("mvhd", mvhd.array()), box("trak", box("mdia", box("hdlr", hdlr.array())))));
		return concat(ftyp, moov, box("mdat", new byte[4096]));
	}

	/**
	 * A small PDF document with one page; {@code extra} goes into its page dictionary.
	 */
	public static byte[] pdf(String extra) {
		String pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
				+ "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
				+ "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] " + extra + " >> endobj\n"
				+ "trailer << /Root 1 0 R /Size 4 >>\n%%EOF\n";
		return pdf.getBytes(StandardCharsets.ISO_8859_1);
	}

	public static byte[] pdf() {
		return pdf("");
	}

	public static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

	private static byte[] box(String type, byte[] payload) {
		return concat(ByteBuffer.allocate(4).putInt(8 + payload.length).array(), ascii(type), payload);
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

}
