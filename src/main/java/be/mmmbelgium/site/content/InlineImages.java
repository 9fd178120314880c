package be.mmmbelgium.site.content;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The pictures a text may show: those of the site's media library. The Markdown renderer
 * asks it whether a picture exists and in which widths, so that a text's pictures are
 * served like covers (a phone gets a narrow width); the media library answers. Without
 * one, texts show their pictures as written, in one width.
 */
public interface InlineImages {

	/** Knows no picture. */
	InlineImages NONE = (path) -> Optional.empty();

	/**
	 * The picture at a path of the site, such as {@code /media/2026/11/photo-1a2b.jpg},
	 * if the library has it.
	 */
	Optional<InlineImage> find(String path);

	/**
	 * A picture of the library.
	 *
	 * @param width its width in pixels
	 * @param height its height in pixels
	 * @param srcset its widths as a {@code srcset}, or null when it has one only
	 */
	record InlineImage(int width, int height, @Nullable String srcset) {
	}

}
