package be.mmmbelgium.site.media;

import java.io.IOException;
import java.net.URI;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * Where media files are kept, as {@code mmm.media.storage} says: {@code filesystem} (the
 * default, under {@code mmm.media.directory}) or {@code s3} (the bucket of
 * {@code mmm.media.s3}, which several instances share).
 */
@Configuration(proxyBeanMethods = false)
class MediaConfiguration {

	@Bean
	@ConditionalOnMissingBean(MediaStorage.class)
	@ConditionalOnProperty(name = "mmm.media.storage", havingValue = "s3")
	S3MediaStorage s3MediaStorage(S3Properties properties) {
		S3MediaStorage storage = new S3MediaStorage(s3Client(properties), properties.bucket());
		if (properties.createBucket()) {
			storage.createBucketIfMissing();
		}
		return storage;
	}

	@Bean
	@ConditionalOnMissingBean(MediaStorage.class)
	MediaStorage mediaStorage(MediaProperties properties) {
		return new FileSystemMediaStorage(properties.directory());
	}

	/** Whether the media storage answers, for the readiness probe. */
	@Bean
	HealthIndicator mediaStorageHealthIndicator(MediaStorage storage) {
		return () -> {
			try {
				storage.checkAvailable();
				return Health.up().build();
			}
			catch (IOException | RuntimeException ex) {
				return Health.down().withDetail("error", String.valueOf(ex.getMessage())).build();
			}
		};
	}

	static S3Client s3Client(S3Properties properties) {
		String key = properties.accessKey();
		String secret = properties.secretKey();
		// Without a key and its secret, the environment's, as AWS's own tools find them.
		AwsCredentialsProvider credentials = (key != null && secret != null && !key.isBlank() && !secret.isBlank())
				? StaticCredentialsProvider.create(AwsBasicCredentials.create(key, secret))
				: DefaultCredentialsProvider.builder().build();
		S3ClientBuilder builder = S3Client.builder()
			.httpClient(UrlConnectionHttpClient.create())
			.region(Region.of(properties.region()))
			.credentialsProvider(credentials)
			.forcePathStyle(properties.pathStyle())
			// Checksums only where the protocol requires them: many S3-compatible stores
			// refuse the newer checksum headers AWS's SDK sends by default.
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
		URI endpoint = properties.endpointAddress();
		if (endpoint != null) {
			builder.endpointOverride(endpoint);
		}
		return builder.build();
	}

}
