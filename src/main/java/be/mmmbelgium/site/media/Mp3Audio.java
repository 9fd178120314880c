package be.mmmbelgium.site.media;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads an MP3 file frame by frame: every byte must belong to a tag or to a whole frame,
 * so a cut-off file and a file with something else appended are both noticed, and the
 * duration is the exact count of samples rather than a guess from the bit rate.
 */
final class Mp3Audio {

	private static final int[] MPEG1_BITRATES = { 0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320 };

	private static final int[] MPEG2_BITRATES = { 0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160 };

	private static final int[][] SAMPLE_RATES = { { 11025, 12000, 8000 }, {}, { 22050, 24000, 16000 },
			{ 44100, 48000, 32000 } };

	private static final int ID3V1_LENGTH = 128;

	private Mp3Audio() {
	}

	/**
	 * Whether the four bytes at {@code offset} are the header of an MPEG layer III frame.
	 */
	static boolean isFrameHeader(byte[] bytes, int offset) {
		return bytes.length >= offset + 4 && frameLength(header(bytes, offset)) > 0;
	}

	/**
	 * The duration of the MP3 file, in seconds, rounded.
	 * @throws UploadRefusedException when it is cut off, damaged, or carries other data
	 */
	static int durationSeconds(Path file) throws IOException {
		long size = Files.size(file);
		long samples = 0;
		int sampleRate = 0;
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 65536)) {
			long position = skipId3v2(in, size);
			byte[] frame = new byte[4];
			int frames = 0;
			while (position < size) {
				long left = size - position;
				if (left == ID3V1_LENGTH && startsWithTag(in)) {
					break;
				}
				if (left < 4 || in.readNBytes(frame, 0, 4) < 4) {
					throw new UploadRefusedException(frames == 0 ? "damaged" : "truncated");
				}
				int header = header(frame, 0);
				int length = frameLength(header);
				if (length <= 0) {
					throw new UploadRefusedException(frames == 0 ? "damaged" : "extraData");
				}
				if (length > left) {
					throw new UploadRefusedException("truncated");
				}
				in.skipNBytes(length - 4);
				position += length;
				frames++;
				samples += samplesPerFrame(header);
				sampleRate = sampleRate(header);
			}
			if (frames == 0) {
				throw new UploadRefusedException("damaged");
			}
		}
		return (int) Math.max(1, Math.round((double) samples / sampleRate));
	}

	/** Skips an ID3v2 tag at the start of the file; the number of bytes skipped. */
	private static long skipId3v2(InputStream in, long fileSize) throws IOException {
		in.mark(10);
		byte[] head = in.readNBytes(10);
		if (head.length < 10 || !FileType.startsWith(head, 0, FileType.ascii("ID3"))) {
			in.reset();
			return 0;
		}
		long length = ((head[6] & 0x7f) << 21) | ((head[7] & 0x7f) << 14) | ((head[8] & 0x7f) << 7) | (head[9] & 0x7f);
		boolean footer = (head[5] & 0x10) != 0;
		long skip = length + (footer ? 10 : 0);
		if (10 + skip > fileSize) {
			throw new UploadRefusedException("truncated");
		}
		in.skipNBytes(skip);
		return 10 + skip;
	}

	private static boolean startsWithTag(InputStream in) throws IOException {
		in.mark(3);
		byte[] tag = in.readNBytes(3);
		in.reset();
		return FileType.startsWith(tag, 0, FileType.ascii("TAG"));
	}

	private static int header(byte[] bytes, int offset) {
		return ((bytes[offset] & 0xff) << 24) | ((bytes[offset + 1] & 0xff) << 16) | ((bytes[offset + 2] & 0xff) << 8)
				| (bytes[offset + 3] & 0xff);
	}

	private static int version(int header) {
		return (header >>> 19) & 0x3;
	}

	/**
	 * The length of the frame, header included; 0 when the bytes are no layer III frame
	 * header.
	 */
	private static int frameLength(int header) {
		boolean sync = (header >>> 21) == 0x7ff;
		int version = version(header);
		int layer = (header >>> 17) & 0x3;
		int bitrateIndex = (header >>> 12) & 0xf;
		int rateIndex = (header >>> 10) & 0x3;
		if (!sync || version == 1 || layer != 1 || bitrateIndex == 0 || bitrateIndex == 15 || rateIndex == 3) {
			return 0;
		}
		int bitrate = (version == 3 ? MPEG1_BITRATES : MPEG2_BITRATES)[bitrateIndex] * 1000;
		int padding = (header >>> 9) & 0x1;
		int coefficient = version == 3 ? 144 : 72;
		return coefficient * bitrate / sampleRate(header) + padding;
	}

	private static int sampleRate(int header) {
		return SAMPLE_RATES[version(header)][(header >>> 10) & 0x3];
	}

	private static int samplesPerFrame(int header) {
		return version(header) == 3 ? 1152 : 576;
	}

}
