package be.mmmbelgium.site.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;

/**
 * Reads the boxes of an MPEG-4 audio file (M4A): the top-level boxes must fill the file
 * exactly, so a cut-off file and appended data are both noticed; the duration comes from
 * the movie header, and the file must hold sound and no picture track.
 */
final class Mp4Audio {

	private static final Set<String> CONTAINERS = Set.of("moov", "trak", "mdia");

	/**
	 * Larger boxes than this are not read into memory; the movie box of a podcast is far
	 * smaller.
	 */
	private static final long MAX_READ_BOX = 64L * 1024 * 1024;

	private Mp4Audio() {
	}

	/**
	 * The duration of the file, in seconds, rounded.
	 * @throws UploadRefusedException when it is cut off, not audio, or carries other data
	 */
	static int durationSeconds(Path file) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			long size = channel.size();
			long position = 0;
			Facts facts = new Facts();
			boolean first = true;
			while (position < size) {
				Box box = Box.at(channel, position, size);
				if (first && !box.type.equals("ftyp")) {
					throw new UploadRefusedException("damaged");
				}
				first = false;
				if (box.type.equals("moov")) {
					if (box.payloadLength() > MAX_READ_BOX) {
						throw new UploadRefusedException("damaged");
					}
					ByteBuffer moov = ByteBuffer.allocate((int) box.payloadLength());
					channel.read(moov, box.payloadStart());
					moov.flip();
					facts.read(moov, "moov");
				}
				facts.mediaData |= box.type.equals("mdat");
				position = box.end;
			}
			if (!facts.mediaData || facts.timescale <= 0 || !facts.sound || facts.picture) {
				throw new UploadRefusedException(facts.picture ? "type" : "damaged");
			}
			return (int) Math.max(1, Math.round((double) facts.duration / facts.timescale));
		}
	}

	/** What the movie box says: the time scale and duration, and the kinds of track. */
	private static final class Facts {

		long timescale;

		long duration;

		boolean sound;

		boolean picture;

		boolean mediaData;

		void read(ByteBuffer buffer, String container) {
			while (buffer.remaining() >= 8) {
				long length = Integer.toUnsignedLong(buffer.getInt());
				String type = fourCharacterCode(buffer);
				int headerLength = 8;
				if (length == 1) {
					if (buffer.remaining() < 8) {
						throw new UploadRefusedException("truncated");
					}
					length = buffer.getLong();
					headerLength = 16;
				}
				if (length < headerLength || length - headerLength > buffer.remaining()) {
					throw new UploadRefusedException("truncated");
				}
				ByteBuffer payload = buffer.slice(buffer.position(), (int) (length - headerLength));
				buffer.position(buffer.position() + payload.capacity());
				if (CONTAINERS.contains(type)) {
					read(payload, type);
				}
				else if (type.equals("mvhd") && container.equals("moov")) {
					movieHeader(payload);
				}
				else if (type.equals("hdlr") && container.equals("mdia") && payload.remaining() >= 12) {
					String handler = fourCharacterCode(payload.position(8));
					this.sound |= handler.equals("soun");
					this.picture |= handler.equals("vide");
				}
			}
		}

		private void movieHeader(ByteBuffer payload) {
			if (payload.remaining() < 20) {
				throw new UploadRefusedException("damaged");
			}
			int version = payload.get() & 0xff;
			payload.position(version == 1 ? 20 : 12);
			if (payload.remaining() < (version == 1 ? 12 : 8)) {
				throw new UploadRefusedException("damaged");
			}
			this.timescale = Integer.toUnsignedLong(payload.getInt());
			this.duration = version == 1 ? payload.getLong() : Integer.toUnsignedLong(payload.getInt());
		}

	}

	private static String fourCharacterCode(ByteBuffer buffer) {
		byte[] type = new byte[4];
		buffer.get(type);
		return new String(type, StandardCharsets.ISO_8859_1);
	}

	/** A box of the file: its type, where its payload starts and where it ends. */
	private record Box(String type, long start, int headerLength, long end) {

		static Box at(FileChannel channel, long position, long fileSize) throws IOException {
			if (fileSize - position < 8) {
				throw new UploadRefusedException("truncated");
			}
			ByteBuffer header = ByteBuffer.allocate(16);
			channel.read(header, position);
			header.flip();
			long length = Integer.toUnsignedLong(header.getInt());
			String type = fourCharacterCode(header);
			int headerLength = 8;
			if (length == 1 && header.remaining() < 8) {
				throw new UploadRefusedException("truncated");
			}
			if (length == 1) {
				length = header.getLong();
				headerLength = 16;
			}
			else if (length == 0) {
				length = fileSize - position;
			}
			if (!type.chars().allMatch((c) -> c >= 0x20 && c < 0x7f)) {
				throw new UploadRefusedException("extraData");
			}
			if (length < headerLength || position + length > fileSize) {
				throw new UploadRefusedException("truncated");
			}
			return new Box(type, position, headerLength, position + length);
		}

		long payloadStart() {
			return this.start + this.headerLength;
		}

		long payloadLength() {
			return this.end - payloadStart();
		}

	}

}
