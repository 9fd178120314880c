package be.mmmbelgium.site.media;

import java.io.IOException;
import java.io.InputStream;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.AbstractResource;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/**
 * A file of the bucket, as Spring serves it: its length known from the storage without
 * reading it, and its bytes read only once asked for, from where they are first wanted.
 * Spring answers a range request by skipping to the range's start before it reads; the
 * stream given here turns that skip into a ranged read of the storage, so seeking near
 * the end of a long episode does not bring the whole file over.
 */
final class S3Resource extends AbstractResource {

	private final S3Client s3;

	private final String bucket;

	private final String key;

	private final long length;

	S3Resource(S3Client s3, String bucket, String key, long length) {
		this.s3 = s3;
		this.bucket = bucket;
		this.key = key;
		this.length = length;
	}

	@Override
	public boolean exists() {
		return true;
	}

	@Override
	public long contentLength() {
		return this.length;
	}

	@Override
	public String getFilename() {
		return this.key.substring(this.key.lastIndexOf('/') + 1);
	}

	@Override
	public String getDescription() {
		return "s3://" + this.bucket + "/" + this.key;
	}

	@Override
	public InputStream getInputStream() {
		return new RangedStream();
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof S3Resource resource && resource.bucket.equals(this.bucket)
				&& resource.key.equals(this.key);
	}

	@Override
	public int hashCode() {
		return this.key.hashCode();
	}

	/**
	 * The object's bytes from a position: skipping before the first read moves the
	 * position; the first read opens the object there.
	 */
	private final class RangedStream extends InputStream {

		private long position;

		private @Nullable ResponseInputStream<GetObjectResponse> open;

		@Override
		public int read() throws IOException {
			return atEndUnopened() ? -1 : opened().read();
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			return atEndUnopened() ? -1 : opened().read(buffer, offset, length);
		}

		/** Skipped to the end before reading: there is nothing to ask the storage for. */
		private boolean atEndUnopened() {
			return this.open == null && this.position >= S3Resource.this.length;
		}

		@Override
		public long skip(long count) throws IOException {
			if (this.open != null) {
				return this.open.skip(count);
			}
			long skipped = Math.max(0, Math.min(count, S3Resource.this.length - this.position));
			this.position += skipped;
			return skipped;
		}

		private ResponseInputStream<GetObjectResponse> opened() throws IOException {
			if (this.open == null) {
				try {
					this.open = S3Resource.this.s3.getObject((request) -> request.bucket(S3Resource.this.bucket)
						.key(S3Resource.this.key)
						.range((this.position > 0) ? "bytes=" + this.position + "-" : null));
				}
				catch (SdkException ex) {
					throw new IOException("Could not read " + getDescription(), ex);
				}
			}
			return this.open;
		}

		@Override
		public void close() throws IOException {
			if (this.open != null) {
				// A range often ends before the object does: the rest is not read, and
				// the connection is dropped rather than drained.
				this.open.abort();
				this.open.close();
			}
		}

	}

}
