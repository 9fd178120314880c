package be.mmmbelgium.site.redirect;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;

import be.mmmbelgium.site.caching.ContentVersion;

/**
 * A public address of content removed for good.
 */
@Entity
@EntityListeners(ContentVersion.Listener.class)
class RemovedPath {

	@Id
	private String path;

	@Column(nullable = false)
	private Instant removedAt;

	protected RemovedPath() {
	}

	RemovedPath(String path, Instant removedAt) {
		this.path = path;
		this.removedAt = removedAt;
	}

}
