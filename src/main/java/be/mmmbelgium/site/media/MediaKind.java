package be.mmmbelgium.site.media;

/**
 * What a file is for, which decides the types accepted and the size allowed.
 */
public enum MediaKind {

	IMAGE, AUDIO, DOCUMENT;

	/** The kind of a stored file, from its media type. */
	static MediaKind of(String mediaType) {
		if (mediaType.startsWith("image/")) {
			return IMAGE;
		}
		return mediaType.startsWith("audio/") ? AUDIO : DOCUMENT;
	}

}
