package be.mmmbelgium.site.media;

import java.time.Duration;

import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import be.mmmbelgium.site.system.ContentNotFoundException;

/**
 * Serves media files. Their keys never change meaning, so they are cached for a year; range
 * requests are answered, so audio players can seek.
 */
@Controller
class MediaController {

	private final MediaRepository files;

	private final MediaStorage storage;

	MediaController(MediaRepository files, MediaStorage storage) {
		this.files = files;
		this.storage = storage;
	}

	@GetMapping("/media/{*key}")
	ResponseEntity<Resource> serve(@PathVariable String key) {
		String storageKey = key.startsWith("/") ? key.substring(1) : key;
		if (!MediaStorage.isValidKey(storageKey)) {
			throw new ContentNotFoundException("Media file");
		}
		MediaFile file = this.files.findByStorageKey(storageKey)
			.orElseThrow(() -> new ContentNotFoundException("Media file"));
		Resource resource = this.storage.load(storageKey)
			.orElseThrow(() -> new ContentNotFoundException("Media file"));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.getMediaType()))
			.cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
			// A file is data, never a document that could run script in the site's origin.
			.header("Content-Security-Policy", "default-src 'none'; sandbox")
			.body(resource);
	}

}
