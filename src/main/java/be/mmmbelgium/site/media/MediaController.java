package be.mmmbelgium.site.media;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRange;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

import be.mmmbelgium.site.web.ContentNotFoundException;

/**
 * Serves media files. Their keys never change meaning, so they are cached for a year;
 * range requests are answered, so audio players can seek.
 */
@Controller
class MediaController {

	/** A smaller width's key: the image's key with {@code -480w} before its extension. */
	private static final Pattern VARIANT = Pattern.compile("(.+)-([0-9]{2,4})w(\\.[a-z0-9]+)");

	private final MediaRepository files;

	private final MediaStorage storage;

	MediaController(MediaRepository files, MediaStorage storage) {
		this.files = files;
		this.storage = storage;
	}

	@GetMapping("/media/{*key}")
	ResponseEntity<Resource> serve(@PathVariable String key,
			@RequestHeader(name = HttpHeaders.RANGE, required = false) @Nullable String range) throws IOException {
		String storageKey = key.startsWith("/") ? key.substring(1) : key;
		if (!MediaStorage.isValidKey(storageKey)) {
			throw new ContentNotFoundException("Media file");
		}
		MediaFile file = this.files.findByStorageKey(storageKey)
			.or(() -> variantOf(storageKey))
			.orElseThrow(() -> new ContentNotFoundException("Media file"));
		Resource resource = this.storage.load(storageKey).orElseThrow(() -> new ContentNotFoundException("Media file"));
		if (range != null && !isSatisfiable(range, resource)) {
			// Said without the file, and not kept by any cache: the file has not changed.
			return ResponseEntity.status(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
				.header(HttpHeaders.CONTENT_RANGE, "bytes */" + resource.contentLength())
				.cacheControl(CacheControl.noStore())
				.build();
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.getMediaType()))
			.cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
			// A file is data, never a document that could run script in the site's
			// origin.
			.header("Content-Security-Policy", "default-src 'none'; sandbox")
			.body(resource);
	}

	/**
	 * Whether the ranges asked for can be served from the file: well formed, within it,
	 * and not too many. Spring answers the others 416 but with the whole file and its
	 * caching.
	 */
	private static boolean isSatisfiable(String range, Resource resource) {
		try {
			HttpRange.toResourceRegions(HttpRange.parseRanges(range), resource);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/** The image of which the key names a smaller width, when it has that width. */
	private Optional<MediaFile> variantOf(String key) {
		Matcher variant = VARIANT.matcher(key);
		if (!variant.matches()) {
			return Optional.empty();
		}
		int width = Integer.parseInt(variant.group(2));
		return this.files.findByStorageKey(variant.group(1) + variant.group(3))
			.filter((file) -> file.getVariants().stream().anyMatch((v) -> v.width() == width));
	}

}
