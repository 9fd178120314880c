package be.mmmbelgium.site.media;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * A document of the library attached to an item, such as a press release to a post or the
 * statutes to a page, with the title the item shows for it.
 */
@Embeddable
public class Attachment {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "media_id")
	private MediaFile file;

	@Column(nullable = false)
	private String title;

	protected Attachment() {
	}

	public Attachment(MediaFile file, String title) {
		this.file = Objects.requireNonNull(file);
		this.title = Objects.requireNonNull(title);
	}

	public MediaFile getFile() {
		return this.file;
	}

	public String getTitle() {
		return this.title;
	}

}
