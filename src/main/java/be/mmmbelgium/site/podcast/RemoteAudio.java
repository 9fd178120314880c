package be.mmmbelgium.site.podcast;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads the length and the type of an episode's audio hosted elsewhere from its address,
 * as podcast apps need them and as nobody should have to type them: the other host's
 * answer to a {@code HEAD} request, or to a request for the first byte when it does not
 * answer one. Only {@code https} addresses of public hosts are asked, each redirect
 * checked again; a host that does not answer in time, or answers something else than
 * audio, gives nothing.
 */
@Component
class RemoteAudio {

	private static final Logger logger = LoggerFactory.getLogger(RemoteAudio.class);

	/**
	 * The audio types podcast apps play, by what hosts call them and by file extension.
	 */
	private static final Map<String, String> TYPES = Map.of("audio/mpeg", "audio/mpeg", "audio/mp3", "audio/mpeg",
			"audio/mp4", "audio/x-m4a", "audio/x-m4a", "audio/x-m4a", "audio/m4a", "audio/x-m4a");

	private static final Pattern EXTENSION = Pattern.compile("(?i)\\.(mp3|m4a)$");

	private static final Pattern TOTAL = Pattern.compile("bytes \\d+-\\d+/(\\d+)");

	private static final int MAX_REDIRECTS = 3;

	private final RemoteAudioProperties properties;

	private final HttpClient client;

	RemoteAudio(RemoteAudioProperties properties) {
		this.properties = properties;
		this.client = HttpClient.newBuilder()
			.connectTimeout(properties.timeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.sslContext(sslContext(properties))
			.build();
	}

	/**
	 * The audio at an address, as its host describes it; nothing when it cannot be read.
	 */
	Optional<Description> measure(String address) {
		try {
			URI uri = URI.create(address);
			for (int redirect = 0; redirect <= MAX_REDIRECTS; redirect++) {
				if (!isPublicHttps(uri)) {
					return Optional.empty();
				}
				HttpResponse<Void> head = send(uri, "HEAD", null);
				if (isRedirect(head.statusCode())) {
					uri = next(uri, head);
					continue;
				}
				if (head.statusCode() == 200) {
					Optional<Description> described = descriptionOf(head, uri,
							head.headers().firstValueAsLong("Content-Length"));
					if (described.isPresent()) {
						return described;
					}
				}
				// Some hosts answer no HEAD, or without a length: the first byte tells
				// the total.
				HttpResponse<Void> first = send(uri, "GET", "bytes=0-0");
				if (isRedirect(first.statusCode())) {
					uri = next(uri, first);
					continue;
				}
				if (first.statusCode() == 206) {
					return descriptionOf(first, uri, totalOf(first));
				}
				return Optional.empty();
			}
		}
		catch (IllegalArgumentException | IOException ex) {
			logger.info("Audio at {} could not be read: {}", address, ex.toString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return Optional.empty();
	}

	private HttpResponse<Void> send(URI uri, String method, @Nullable String range)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri)
			.timeout(this.properties.timeout())
			.method(method, HttpRequest.BodyPublishers.noBody())
			.header("User-Agent", "MMM Belgium site (podcast audio check)");
		if (range != null) {
			request.header("Range", range);
		}
		return this.client.send(request.build(), HttpResponse.BodyHandlers.discarding());
	}

	private static Optional<Description> descriptionOf(HttpResponse<Void> answer, URI uri, OptionalLong length) {
		if (length.isEmpty() || length.getAsLong() <= 0) {
			return Optional.empty();
		}
		String declared = answer.headers().firstValue("Content-Type").orElse("").split(";")[0].strip()
			.toLowerCase(Locale.ROOT);
		String type = TYPES.get(declared);
		if (type == null) {
			// A host that calls every file a download: the address's extension says
			// which.
			Matcher extension = EXTENSION.matcher(uri.getPath() == null ? "" : uri.getPath());
			type = extension.find() ? (extension.group(1).equalsIgnoreCase("mp3") ? "audio/mpeg" : "audio/x-m4a")
					: null;
			if (type == null || !(declared.isEmpty() || declared.equals("application/octet-stream"))) {
				return Optional.empty();
			}
		}
		return Optional.of(new Description(length.getAsLong(), type));
	}

	/**
	 * The whole length a partial answer gives, as in
	 * {@code Content-Range: bytes 0-0/12345}.
	 */
	private static OptionalLong totalOf(HttpResponse<Void> partial) {
		Matcher total = TOTAL.matcher(partial.headers().firstValue("Content-Range").orElse(""));
		return total.matches() ? OptionalLong.of(Long.parseLong(total.group(1))) : OptionalLong.empty();
	}

	private static boolean isRedirect(int status) {
		return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
	}

	private static URI next(URI from, HttpResponse<Void> answer) {
		return from.resolve(answer.headers()
			.firstValue("Location")
			.orElseThrow(() -> new IllegalArgumentException("A redirect without a location")));
	}

	/** An https address of a host on the Internet, not of this machine or its network. */
	private boolean isPublicHttps(URI uri) throws UnknownHostException {
		if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
			return false;
		}
		if (this.properties.allowPrivateAddresses()) {
			return true;
		}
		for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
			if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
					|| address.isAnyLocalAddress() || address.isMulticastAddress()
					|| (address.getAddress().length == 16 && (address.getAddress()[0] & 0xfe) == 0xfc)) {
				return false;
			}
		}
		return true;
	}

	private static SSLContext sslContext(RemoteAudioProperties properties) {
		try {
			if (properties.trustStore() == null) {
				return SSLContext.getDefault();
			}
			KeyStore store = KeyStore.getInstance("PKCS12");
			try (InputStream in = properties.trustStore().getInputStream()) {
				store.load(in,
						properties.trustStorePassword() == null ? null : properties.trustStorePassword().toCharArray());
			}
			TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
			trust.init(store);
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(null, trust.getTrustManagers(), null);
			return context;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot read the trust store of remote audio", ex);
		}
	}

	/**
	 * Audio as its host describes it.
	 *
	 * @param byteLength its exact length in bytes
	 * @param mediaType its type, as podcast feeds name it
	 */
	record Description(long byteLength, String mediaType) {
	}

}
