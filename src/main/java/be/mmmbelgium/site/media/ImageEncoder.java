package be.mmmbelgium.site.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import javax.imageio.IIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;

/**
 * Turns an uploaded image into the files the site serves: decoded, turned upright as the
 * camera said, and encoded again, which leaves behind everything but the pixels (EXIF,
 * GPS position, comments, anything hidden in the file or appended after the picture, such
 * as the video of a "motion photo"). Photos become JPEG, images with transparency PNG;
 * each is made in a few widths for {@code srcset}.
 */
final class ImageEncoder {

	/**
	 * The widths offered to browsers, besides the full image, when the image is wider.
	 */
	static final int[] WIDTHS = { 480, 960, 1600 };

	/**
	 * The full image is never wider than this; a podcast cover (at most 3000 px) stays
	 * whole.
	 */
	static final int MAX_WIDTH = 3000;

	/**
	 * The longest side an image may have: JPEG cannot hold more than 65,500 pixels on a
	 * side.
	 */
	static final int MAX_SIDE = 30_000;

	/**
	 * The most pixels an image is decoded into. A larger image is read at a fraction of
	 * its size (every second or third pixel of every second or third row), which bounds
	 * the memory one upload takes to about {@link #BYTES_PER_DECODE}, whatever its size.
	 */
	static final long MAX_DECODED_PIXELS = 16_000_000;

	/**
	 * The memory one image takes at most while it is encoded: decoded, then turned or
	 * scaled.
	 */
	static final long BYTES_PER_DECODE = MAX_DECODED_PIXELS * 4 * 2;

	private static final float JPEG_QUALITY = 0.85f;

	private static final byte[] PNG_END = { 0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xae, 'B', '`', (byte) 0x82 };

	private ImageEncoder() {
	}

	/** One encoded width of an image. */
	record Encoded(int width, int height, byte[] bytes) {
	}

	/** The full image and its smaller widths, all in one type. */
	record Result(FileType type, Encoded full, List<Encoded> smaller) {
	}

	/**
	 * Decodes a picture within its pixel limit and encodes it again.
	 * @param maxPixels the largest image accepted, in pixels, so that no upload can claim
	 * all memory
	 * @throws UploadRefusedException when the file is cut off or is not a readable image
	 */
	static Result encode(Path file, FileType type, long maxPixels) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		requireWhole(bytes, type);
		BufferedImage image = upright(decode(bytes, type, maxPixels), type == FileType.JPEG ? orientation(bytes) : 1);
		boolean transparent = image.getColorModel().hasAlpha();
		FileType output = transparent ? FileType.PNG : FileType.JPEG;
		BufferedImage full = image.getWidth() > MAX_WIDTH ? scale(image, MAX_WIDTH, transparent) : image;
		List<Encoded> smaller = new ArrayList<>();
		// From the widest to the narrowest, each made from the one before: the steps
		// between them are small, so each is one step of scaling and stays as sharp.
		BufferedImage larger = full;
		for (int i = WIDTHS.length - 1; i >= 0; i--) {
			if (WIDTHS[i] < full.getWidth()) {
				larger = scale(larger, WIDTHS[i], transparent);
				smaller.add(0, write(larger, output));
			}
		}
		return new Result(output, write(full, output), smaller);
	}

	/**
	 * Refuses a file whose image data stops early, which the JPEG reader (and the PNG
	 * reader when only the last bytes are missing) would decode anyway, grey where the
	 * data is missing. Whatever follows the image's end is accepted: encoding the picture
	 * again leaves it behind.
	 */
	private static void requireWhole(byte[] bytes, FileType type) {
		int end = switch (type) {
			case JPEG -> jpegEnd(bytes);
			case PNG ->
				FileType.lastIndexOf(bytes, PNG_END) < 0 ? -1 : FileType.lastIndexOf(bytes, PNG_END) + PNG_END.length;
			case GIF -> gifEnd(bytes);
			case WEBP -> bytes.length >= 12
					? (int) Math.min(Integer.MAX_VALUE,
							8 + Integer
								.toUnsignedLong(ByteBuffer.wrap(bytes, 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt()))
					: -1;
			default -> throw new IllegalArgumentException("Not an image: " + type);
		};
		if (end < 0 || end > bytes.length) {
			throw new UploadRefusedException("truncated");
		}
	}

	/**
	 * Where a JPEG's data ends: just after the end-of-image marker that follows its
	 * scans; -1 without one.
	 */
	private static int jpegEnd(byte[] bytes) {
		int position = 2;
		while (position + 2 <= bytes.length) {
			if ((bytes[position] & 0xff) != 0xff) {
				return -1;
			}
			int marker = bytes[position + 1] & 0xff;
			if (marker == 0xff) {
				position++;
				continue;
			}
			if (marker == 0xd9) {
				return position + 2;
			}
			if (position + 4 > bytes.length) {
				return -1;
			}
			int length = ((bytes[position + 2] & 0xff) << 8) | (bytes[position + 3] & 0xff);
			position += 2 + length;
			if (marker == 0xda) {
				// Entropy-coded data: runs until a marker other than a stuffed byte or a
				// restart.
				while (position + 1 < bytes.length) {
					if ((bytes[position] & 0xff) == 0xff) {
						int next = bytes[position + 1] & 0xff;
						if (next != 0 && (next < 0xd0 || next > 0xd7) && next != 0xff) {
							break;
						}
					}
					position++;
				}
			}
		}
		return -1;
	}

	/**
	 * Where a GIF's data ends: just after its trailer, found by walking its blocks; -1
	 * without one.
	 */
	private static int gifEnd(byte[] bytes) {
		int position = 13 + colourTableLength(bytes, 10);
		while (position < bytes.length) {
			int block = bytes[position] & 0xff;
			if (block == 0x3b) {
				return position + 1;
			}
			if (block == 0x21) {
				position = skipSubBlocks(bytes, position + 2);
			}
			else if (block == 0x2c && position + 10 <= bytes.length) {
				position = skipSubBlocks(bytes, position + 10 + colourTableLength(bytes, position + 9) + 1);
			}
			else {
				return -1;
			}
		}
		return -1;
	}

	/**
	 * The length of the colour table that a GIF's packed field at {@code offset}
	 * announces.
	 */
	private static int colourTableLength(byte[] bytes, int offset) {
		if (offset >= bytes.length) {
			return 0;
		}
		int packed = bytes[offset] & 0xff;
		return (packed & 0x80) == 0 ? 0 : 3 * (1 << ((packed & 0x07) + 1));
	}

	/** The position after a run of GIF data sub-blocks and their terminator. */
	private static int skipSubBlocks(byte[] bytes, int position) {
		int at = position;
		while (at < bytes.length && bytes[at] != 0) {
			at += (bytes[at] & 0xff) + 1;
		}
		return at + 1;
	}

	private static BufferedImage decode(byte[] bytes, FileType type, long maxPixels) throws IOException {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(
					type.extension().equals("jpg") ? "jpeg" : type.name().toLowerCase(Locale.ROOT));
			if (!readers.hasNext()) {
				throw new IllegalStateException("No image reader for " + type);
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				// The header alone says the size: nothing is decoded before it is known
				// to fit.
				long width = reader.getWidth(0);
				long height = reader.getHeight(0);
				if (width > MAX_SIDE || height > MAX_SIDE) {
					throw new UploadRefusedException("tooLong", MAX_SIDE);
				}
				if (width * height > maxPixels) {
					throw new UploadRefusedException("tooManyPixels", maxPixels / 1_000_000);
				}
				// The WebP reader decodes the whole picture before stepping over pixels.
				if (type == FileType.WEBP && width * height > MAX_DECODED_PIXELS) {
					throw new UploadRefusedException("tooManyPixels", MAX_DECODED_PIXELS / 1_000_000);
				}
				ImageReadParam param = reader.getDefaultReadParam();
				int step = subsampling(width, height);
				param.setSourceSubsampling(step, step, 0, 0);
				return reader.read(0, param);
			}
			finally {
				reader.dispose();
			}
		}
		catch (UploadRefusedException ex) {
			throw ex;
		}
		catch (IIOException | RuntimeException ex) {
			// Whatever a reader stumbles on in a file it cannot make sense of.
			throw new UploadRefusedException("damaged");
		}
	}

	/**
	 * How many pixels and rows to step over while decoding an image of this size: enough
	 * that it is decoded into {@link #MAX_DECODED_PIXELS} at most, and no more than keeps
	 * it {@link #MAX_WIDTH} wide (a 6,000 px photo is read at 3,000 px, the width kept
	 * anyway).
	 */
	static int subsampling(long width, long height) {
		int forWidth = (int) Math.max(1, width / MAX_WIDTH);
		int forPixels = (int) Math.ceil(Math.sqrt((double) width * height / MAX_DECODED_PIXELS));
		return Math.max(forWidth, forPixels);
	}

	/** The EXIF orientation of a JPEG (1 to 8), 1 when it has none. */
	static int orientation(byte[] jpeg) {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
			for (JPEGSegment segment : JPEGSegmentUtil.readSegments(input, JPEG.APP1, "Exif")) {
				byte[] data;
				try (InputStream in = segment.data()) {
					data = in.readAllBytes();
				}
				int tiff = tiffStart(data);
				if (tiff < 0) {
					continue;
				}
				Directory directory = new TIFFReader()
					.read(ImageIO.createImageInputStream(new ByteArrayInputStream(data, tiff, data.length - tiff)));
				Entry entry = directory.getEntryById(TIFF.TAG_ORIENTATION);
				if (entry != null && entry.getValue() instanceof Number number && number.intValue() >= 1
						&& number.intValue() <= 8) {
					return number.intValue();
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// Unreadable metadata: the picture is taken as it is stored.
		}
		return 1;
	}

	private static int tiffStart(byte[] data) {
		for (int i = 0; i + 4 <= Math.min(data.length, 16); i++) {
			if ((data[i] == 'I' && data[i + 1] == 'I' && data[i + 2] == 42 && data[i + 3] == 0)
					|| (data[i] == 'M' && data[i + 1] == 'M' && data[i + 2] == 0 && data[i + 3] == 42)) {
				return i;
			}
		}
		return -1;
	}

	/** The image turned as its EXIF orientation says it was held. */
	static BufferedImage upright(BufferedImage image, int orientation) {
		if (orientation <= 1) {
			return image;
		}
		int w = image.getWidth();
		int h = image.getHeight();
		boolean swap = orientation >= 5;
		AffineTransform transform = new AffineTransform();
		switch (orientation) {
			case 2 -> transform.setTransform(-1, 0, 0, 1, w, 0);
			case 3 -> transform.setTransform(-1, 0, 0, -1, w, h);
			case 4 -> transform.setTransform(1, 0, 0, -1, 0, h);
			case 5 -> transform.setTransform(0, 1, 1, 0, 0, 0);
			case 6 -> transform.setTransform(0, 1, -1, 0, h, 0);
			case 7 -> transform.setTransform(0, -1, -1, 0, h, w);
			default -> transform.setTransform(0, -1, 1, 0, 0, w);
		}
		BufferedImage turned = new BufferedImage(swap ? h : w, swap ? w : h, rgbType(image.getColorModel().hasAlpha()));
		Graphics2D graphics = turned.createGraphics();
		try {
			graphics.drawImage(image, transform, null);
		}
		finally {
			graphics.dispose();
		}
		return turned;
	}

	/**
	 * The image at a smaller width, scaled in steps of at most a half so it stays sharp.
	 */
	private static BufferedImage scale(BufferedImage image, int width, boolean transparent) {
		BufferedImage current = image;
		while (current.getWidth() > width) {
			int next = Math.max(width, current.getWidth() / 2);
			int height = Math.max(1, (int) Math.round((double) image.getHeight() * next / image.getWidth()));
			BufferedImage scaled = new BufferedImage(next, height, rgbType(transparent));
			Graphics2D graphics = scaled.createGraphics();
			try {
				graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION,
						RenderingHints.VALUE_INTERPOLATION_BILINEAR);
				graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
				graphics.drawImage(current, 0, 0, next, height, null);
			}
			finally {
				graphics.dispose();
			}
			current = scaled;
		}
		return current;
	}

	private static int rgbType(boolean transparent) {
		return transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
	}

	/**
	 * Encodes the pixels alone: no metadata is given to the writer, so none is written.
	 */
	private static Encoded write(BufferedImage image, FileType type) throws IOException {
		BufferedImage pixels = image;
		// JPEG holds colours without transparency: other layouts are copied into one it
		// holds.
		if (type == FileType.JPEG && image.getType() != BufferedImage.TYPE_INT_RGB
				&& image.getType() != BufferedImage.TYPE_3BYTE_BGR && image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
			pixels = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
			Graphics2D graphics = pixels.createGraphics();
			try {
				graphics.drawImage(image, 0, 0, null);
			}
			finally {
				graphics.dispose();
			}
		}
		ImageWriter writer = ImageIO.getImageWritersByFormatName(type == FileType.JPEG ? "jpeg" : "png").next();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ImageOutputStream output = ImageIO.createImageOutputStream(out)) {
			writer.setOutput(output);
			ImageWriteParam param = writer.getDefaultWriteParam();
			if (type == FileType.JPEG) {
				param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
				param.setCompressionQuality(JPEG_QUALITY);
				param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
			}
			writer.write(null, new IIOImage(pixels, null, null), param);
		}
		finally {
			writer.dispose();
		}
		return new Encoded(pixels.getWidth(), pixels.getHeight(), out.toByteArray());
	}

}
