package be.mmmbelgium.site.wordpress;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriUtils;

/**
 * The files of the old site (its {@code wp-content/uploads}): read from a copy given to
 * the import, a folder or an address, or else fetched from the old site itself. Only
 * addresses of the export's own site are followed, never another host's.
 */
final class OldSiteFiles {

	private static final String UPLOADS = "/wp-content/uploads/";

	/**
	 * The copies WordPress makes of a picture in smaller sizes: {@code name-300x200.jpg}.
	 */
	private static final Pattern RESIZED = Pattern.compile("(.+)-\\d{1,5}x\\d{1,5}(\\.[A-Za-z0-9]+)$");

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final URI site;

	private final @Nullable String siteHost;

	private final @Nullable Path folder;

	private final @Nullable URI copy;

	private final HttpClient http;

	/**
	 * The files of one old site.
	 * @param siteUrl the export's address of the old site
	 * @param uploads a folder or an address holding a copy of its uploads; null for none
	 */
	OldSiteFiles(String siteUrl, @Nullable String uploads) {
		this.site = parse(siteUrl.endsWith("/") ? siteUrl : siteUrl + "/").orElse(URI.create("http://site.invalid/"));
		this.siteHost = host(this.site);
		Optional<URI> address = (uploads != null && uploads.matches("(?i)https?://.+"))
				? parse(uploads.endsWith("/") ? uploads : uploads + "/") : Optional.empty();
		this.copy = address.orElse(null);
		this.folder = (uploads != null && address.isEmpty() && !uploads.isBlank())
				? Path.of(uploads).toAbsolutePath().normalize() : null;
		this.http = HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(10))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/** The old site's address, ending with a slash. */
	URI site() {
		return this.site;
	}

	/**
	 * The path under {@code wp-content/uploads} of an address of the old site, such as
	 * {@code 2019/05/photo.jpg}; empty for an address of another host or outside the
	 * uploads.
	 */
	Optional<String> uploadPath(String url) {
		Optional<URI> address = parse(url.strip()).map(this.site::resolve);
		if (address.isEmpty() || !sameHost(address.get())) {
			return Optional.empty();
		}
		String path = address.get().getRawPath();
		int uploads = (path != null) ? path.indexOf(UPLOADS) : -1;
		if (uploads < 0) {
			return Optional.empty();
		}
		String relative = UriUtils.decode(path.substring(uploads + UPLOADS.length()), StandardCharsets.UTF_8);
		if (relative.isEmpty() || relative.contains("..") || relative.contains("\\") || relative.startsWith("/")) {
			return Optional.empty();
		}
		return Optional.of(relative);
	}

	/** The full-size original of a resized copy; the path itself otherwise. */
	static String original(String uploadPath) {
		Matcher resized = RESIZED.matcher(uploadPath);
		return resized.matches() ? resized.group(1) + resized.group(2) : uploadPath;
	}

	/** The old site's address path of an upload, as pages linked to it. */
	String oldAddress(String uploadPath) {
		String base = this.site.getRawPath();
		String prefix = (base == null || base.isEmpty()) ? "/" : base;
		return prefix.replaceAll("/+$", "") + UPLOADS + UriUtils.encodePath(uploadPath, StandardCharsets.UTF_8);
	}

	/**
	 * Opens an upload.
	 * @throws UncheckedIOException when it cannot be read, with the reason
	 */
	InputStream open(String uploadPath) {
		try {
			if (this.folder != null) {
				Path file = this.folder.resolve(uploadPath).normalize();
				if (!file.startsWith(this.folder) || !Files.isRegularFile(file)) {
					throw new IOException("not in the uploads folder: " + uploadPath);
				}
				return Files.newInputStream(file);
			}
			URI base = (this.copy != null) ? this.copy : this.site.resolve("wp-content/uploads/");
			URI address = base.resolve(UriUtils.encodePath(uploadPath, StandardCharsets.UTF_8));
			HttpResponse<InputStream> response;
			try {
				response = this.http.send(HttpRequest.newBuilder(address).timeout(TIMEOUT).GET().build(),
						HttpResponse.BodyHandlers.ofInputStream());
			}
			catch (IOException ex) {
				// A refused connection or a timeout often comes without a message: the
				// report says which address did not answer, and how.
				throw new IOException(address + " could not be reached (" + ex.getClass().getSimpleName() + ")", ex);
			}
			if (response.statusCode() != 200) {
				response.body().close();
				throw new IOException(address + " answered " + response.statusCode());
			}
			return response.body();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new UncheckedIOException(new IOException("interrupted while fetching " + uploadPath));
		}
	}

	private boolean sameHost(URI address) {
		String host = host(address);
		return host != null && host.equals(this.siteHost);
	}

	private static @Nullable String host(URI address) {
		String host = address.getHost();
		if (host == null) {
			return null;
		}
		String lower = host.toLowerCase(Locale.ROOT);
		return lower.startsWith("www.") ? lower.substring(4) : lower;
	}

	private static Optional<URI> parse(String url) {
		try {
			return Optional.of(new URI(url.replace(" ", "%20")));
		}
		catch (URISyntaxException ex) {
			return Optional.empty();
		}
	}

}
