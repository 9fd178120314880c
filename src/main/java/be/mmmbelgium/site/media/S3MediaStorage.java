package be.mmmbelgium.site.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Keeps media files in a bucket of S3-compatible object storage, which every instance of
 * the site shares.
 * <p>
 * Files are streamed to visitors through the site rather than by sending them to the
 * storage with a signed address: the visitor's browser or podcast app then talks to the
 * site alone (no third party learns who listens), the addresses and their year-long
 * caching stay the site's own, and a CDN in front of the site keeps them like any other
 * answer. A range request (an audio player seeking) asks the storage for that range only
 * ({@link S3Resource}).
 */
class S3MediaStorage implements MediaStorage {

	private final S3Client s3;

	private final String bucket;

	S3MediaStorage(S3Client s3, String bucket) {
		this.s3 = s3;
		this.bucket = bucket;
	}

	@Override
	public void store(String key, InputStream content) throws IOException {
		requireValid(key);
		// The storage wants the length before the bytes: the stream is spooled to a
		// temporary file first, so a large audio file never sits in memory.
		Path spooled = Files.createTempFile("mmm-media-", ".upload");
		try {
			Files.copy(content, spooled, StandardCopyOption.REPLACE_EXISTING);
			this.s3.putObject((put) -> put.bucket(this.bucket).key(key), RequestBody.fromFile(spooled));
		}
		catch (SdkException ex) {
			throw new IOException("Could not store " + key + " in bucket " + this.bucket, ex);
		}
		finally {
			Files.deleteIfExists(spooled);
		}
	}

	@Override
	public Optional<Resource> load(String key) {
		if (!MediaStorage.isValidKey(key)) {
			return Optional.empty();
		}
		try {
			HeadObjectResponse head = this.s3.headObject((request) -> request.bucket(this.bucket).key(key));
			return Optional.of(new S3Resource(this.s3, this.bucket, key, head.contentLength()));
		}
		catch (NoSuchKeyException ex) {
			return Optional.empty();
		}
		catch (S3Exception ex) {
			if (ex.statusCode() == 404) {
				return Optional.empty();
			}
			throw ex;
		}
	}

	@Override
	public void delete(String key) throws IOException {
		requireValid(key);
		try {
			this.s3.deleteObject((request) -> request.bucket(this.bucket).key(key));
		}
		catch (SdkException ex) {
			throw new IOException("Could not delete " + key + " from bucket " + this.bucket, ex);
		}
	}

	@Override
	public Stream<String> keys() throws IOException {
		try {
			return this.s3.listObjectsV2Paginator((request) -> request.bucket(this.bucket))
				.contents()
				.stream()
				.map(S3Object::key)
				.filter(MediaStorage::isValidKey);
		}
		catch (SdkException ex) {
			throw new IOException("Could not list bucket " + this.bucket, ex);
		}
	}

	@Override
	public void checkAvailable() throws IOException {
		try {
			this.s3.headBucket((request) -> request.bucket(this.bucket));
		}
		catch (SdkException ex) {
			throw new IOException("Bucket " + this.bucket + " does not answer: " + ex.getMessage(), ex);
		}
	}

	/** Creates the bucket when it is missing. */
	void createBucketIfMissing() {
		try {
			this.s3.headBucket((request) -> request.bucket(this.bucket));
		}
		catch (NoSuchBucketException ex) {
			createBucket();
		}
		catch (S3Exception ex) {
			if (ex.statusCode() != 404) {
				throw ex;
			}
			createBucket();
		}
	}

	private void createBucket() {
		try {
			this.s3.createBucket((request) -> request.bucket(this.bucket));
		}
		catch (BucketAlreadyOwnedByYouException ex) {
			// Another instance starting at the same moment made it.
		}
	}

	private static void requireValid(String key) {
		if (!MediaStorage.isValidKey(key)) {
			throw new IllegalArgumentException("Invalid media key " + key);
		}
	}

}
