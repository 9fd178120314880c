package be.mmmbelgium.site.media;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the media library, under {@code mmm.media}.
 *
 * @param directory where the file-system storage keeps files
 * @param maxImageSize the largest image accepted
 * @param maxAudioSize the largest audio file accepted
 * @param maxDocumentSize the largest document accepted
 * @param maxImagePixels the most pixels an image may have, so that decoding it cannot
 * exhaust memory
 */
@ConfigurationProperties("mmm.media")
public record MediaProperties(@DefaultValue("./data/media") Path directory, @DefaultValue("15MB") DataSize maxImageSize,
		@DefaultValue("300MB") DataSize maxAudioSize, @DefaultValue("30MB") DataSize maxDocumentSize,
		@DefaultValue("60000000") long maxImagePixels) {

	/** The largest file of a kind that is accepted. */
	public DataSize maxSize(MediaKind kind) {
		return switch (kind) {
			case IMAGE -> this.maxImageSize;
			case AUDIO -> this.maxAudioSize;
			case DOCUMENT -> this.maxDocumentSize;
		};
	}

}
