package be.mmmbelgium.site.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import be.mmmbelgium.site.audit.AuditLog;

/**
 * Deletion from the media library: a file that nothing uses any more loses its row, then,
 * once that is committed, its stored bytes in every width.
 */
@Service
class MediaDeletion {

	private final MediaLibrary library;

	private final MediaRepository files;

	private final MediaStorage storage;

	private final ApplicationEventPublisher events;

	MediaDeletion(MediaLibrary library, MediaRepository files, MediaStorage storage, ApplicationEventPublisher events) {
		this.library = library;
		this.files = files;
		this.storage = storage;
		this.events = events;
	}

	/**
	 * Deletes a file that nothing uses any more, its bytes and its smaller widths.
	 * @throws MediaInUseException when something still uses it
	 */
	@Transactional
	void delete(long id, AuditLog.Actor who) {
		MediaFile file = this.library.get(id);
		List<MediaUse.Use> usedBy = this.library.usesOf(file);
		if (!usedBy.isEmpty()) {
			throw new MediaInUseException(usedBy);
		}
		this.files.delete(file);
		this.files.flush();
		// The bytes go once the row is gone for good: a failed commit leaves both in
		// place.
		removeAfterCommit(file.allKeys());
		this.events.publishEvent(new MediaEvent.Deleted(who, "media " + file.getId() + " " + file.getStorageKey(),
				file.getOriginalFilename()));
	}

	private void removeAfterCommit(List<String> keys) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				for (String key : keys) {
					try {
						MediaDeletion.this.storage.delete(key);
					}
					catch (IOException ex) {
						throw new UncheckedIOException("Could not delete " + key, ex);
					}
				}
			}
		});
	}

}
