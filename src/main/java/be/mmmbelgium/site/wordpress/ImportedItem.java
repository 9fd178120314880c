package be.mmmbelgium.site.wordpress;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An item of a WordPress site brought over, and what it became here: a news post, a page
 * or a file of the library.
 */
@Entity
@Table(name = "wordpress_item")
class ImportedItem {

	enum Kind {

		NEWS, PAGE, MEDIA

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String site;

	@Column(nullable = false)
	private long wordpressId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Kind kind;

	@Column(nullable = false)
	private long targetId;

	@Column(nullable = false)
	private Instant importedAt;

	protected ImportedItem() {
	}

	ImportedItem(String site, long wordpressId, Kind kind, long targetId, Instant importedAt) {
		this.site = Objects.requireNonNull(site);
		this.wordpressId = wordpressId;
		this.kind = Objects.requireNonNull(kind);
		this.targetId = targetId;
		this.importedAt = Objects.requireNonNull(importedAt);
	}

	long getWordpressId() {
		return this.wordpressId;
	}

	Kind getKind() {
		return this.kind;
	}

	long getTargetId() {
		return this.targetId;
	}

	/**
	 * Imported again, as what it now is here: the same item, or another one when what was
	 * made the first time is no longer what the export says (a post where a page was).
	 */
	void importedAgain(Kind kind, long targetId, Instant at) {
		this.kind = kind;
		this.targetId = targetId;
		this.importedAt = at;
	}

}
