package be.mmmbelgium.site.podcast;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * How the site reads the length and type of an episode's audio hosted elsewhere.
 *
 * @param timeout how long it waits for the other host, at most
 * @param allowPrivateAddresses whether the address may lead to this machine or its
 * network; never in production, where it would let a form probe the inside of the network
 * @param trustStore a PKCS12 store of certificates to trust beyond the system's, for a
 * test server; none in production
 * @param trustStorePassword the password of that store
 */
@ConfigurationProperties("mmm.podcast.remote-audio")
public record RemoteAudioProperties(Duration timeout, boolean allowPrivateAddresses, Resource trustStore,
		String trustStorePassword) {

	public RemoteAudioProperties {
		timeout = timeout == null ? Duration.ofSeconds(8) : timeout;
	}

}
