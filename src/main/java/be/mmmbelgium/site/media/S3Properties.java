package be.mmmbelgium.site.media;

import java.net.URI;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where media are kept when {@code mmm.media.storage} is {@code s3}, under
 * {@code mmm.media.s3}: any S3-compatible object storage (AWS, MinIO, Ceph, Garage,
 * Scaleway…).
 *
 * @param endpoint the storage's address; none for AWS itself, which the region names
 * @param region the region, which signs every request (any name where the storage has
 * none)
 * @param bucket the bucket, which every instance shares
 * @param accessKey the access key; none to take the credentials from the environment as
 * AWS's tools do (variables, profile, instance role)
 * @param secretKey the secret key that goes with it
 * @param pathStyle whether the bucket is named in the path ({@code host/bucket/key}), as
 * most S3-compatible stores want, rather than in the host name
 * @param createBucket whether an instance creates the bucket at start when it is missing
 */
@ConfigurationProperties("mmm.media.s3")
public record S3Properties(@Nullable String endpoint, @DefaultValue("us-east-1") String region,
		@DefaultValue("mmm-media") String bucket, @Nullable String accessKey, @Nullable String secretKey,
		@DefaultValue("false") boolean pathStyle, @DefaultValue("false") boolean createBucket) {

	/** The endpoint, unless left empty. */
	@Nullable URI endpointAddress() {
		String address = this.endpoint;
		return (address != null && !address.isBlank()) ? URI.create(address.strip()) : null;
	}

}
