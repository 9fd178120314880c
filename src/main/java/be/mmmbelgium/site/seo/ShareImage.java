package be.mmmbelgium.site.seo;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import be.mmmbelgium.site.media.MediaFile;
import be.mmmbelgium.site.web.SitePaths;

/**
 * The picture a link preview shows (Open Graph, Twitter cards, JSON-LD): the width of an
 * image nearest above what social networks show, about 1200 pixels, or its largest.
 *
 * @param path the site path of that width
 * @param width its width in pixels
 * @param height its height in pixels
 * @param alt what it shows, for those who cannot see it
 */
public record ShareImage(String path, int width, int height, String alt) {

	/** The width social networks show large previews at. */
	static final int PREFERRED_WIDTH = 1200;

	/**
	 * The share image of a stored picture; null for none, or for a file that is not a
	 * picture.
	 */
	public static @Nullable ShareImage of(@Nullable MediaFile image, @Nullable String alt, SitePaths paths) {
		if (image == null || !image.isImage() || image.getWidth() == null || image.getHeight() == null) {
			return null;
		}
		List<MediaFile.Variant> widths = Stream
			.concat(image.getVariants().stream(),
					Stream.of(new MediaFile.Variant(image.getStorageKey(), image.getWidth(), image.getHeight())))
			.sorted(Comparator.comparingInt(MediaFile.Variant::width))
			.toList();
		MediaFile.Variant chosen = widths.stream()
			.filter((variant) -> variant.width() >= PREFERRED_WIDTH)
			.findFirst()
			.orElse(widths.get(widths.size() - 1));
		return new ShareImage(paths.media(chosen.storageKey()), chosen.width(), chosen.height(),
				alt == null ? "" : alt);
	}

}
