package be.mmmbelgium.site.media;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import be.mmmbelgium.site.content.InlineImages;
import be.mmmbelgium.site.web.SitePaths;

/**
 * The pictures of the media library, for the texts that show them: found by their
 * address, or the address of one of their narrower widths, with all their widths.
 */
@Component
class LibraryImages implements InlineImages {

	/** An address under {@code /media/}, with a narrower width's suffix if it has one. */
	private static final Pattern MEDIA_PATH = Pattern.compile("/media/(.+?)(?:-(\\d{1,5})w)?(\\.[A-Za-z0-9]{1,5})?");

	private final MediaRepository files;

	private final SitePaths paths;

	LibraryImages(MediaRepository files, SitePaths paths) {
		this.files = files;
		this.paths = paths;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<InlineImage> find(String path) {
		Matcher matcher = MEDIA_PATH.matcher(path);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		String extension = matcher.group(3) == null ? "" : matcher.group(3);
		String key = matcher.group(1) + extension;
		Optional<MediaFile> file = this.files.findByStorageKey(path.substring("/media/".length()));
		if (file.isEmpty() && matcher.group(2) != null) {
			file = this.files.findByStorageKey(key);
		}
		return file.filter(MediaFile::isImage).flatMap(this::inline);
	}

	private Optional<InlineImage> inline(MediaFile image) {
		Integer width = image.getWidth();
		Integer height = image.getHeight();
		return (width != null && height != null) ? Optional.of(new InlineImage(width, height, image.srcset(this.paths)))
				: Optional.empty();
	}

}
