package be.mmmbelgium.site.media;

import be.mmmbelgium.site.audit.AuditKind;
import be.mmmbelgium.site.audit.AuditLog;
import be.mmmbelgium.site.audit.Audited;
import be.mmmbelgium.site.audit.AuditedAs;

/**
 * What happens to the media library, published in the transaction that changes it; the
 * audit log records each once it is committed. The target names the file as
 * {@code media <id> <storage key>}.
 */
public sealed interface MediaEvent extends Audited {

	/**
	 * A file was added to the library.
	 *
	 * @param detail the name it was uploaded with
	 */
	@AuditedAs(AuditKind.MEDIA_UPLOADED)
	record Uploaded(AuditLog.Actor actor, String target, String detail) implements MediaEvent {
	}

	/**
	 * A file was deleted from the library.
	 *
	 * @param detail the name it was uploaded with
	 */
	@AuditedAs(AuditKind.MEDIA_DELETED)
	record Deleted(AuditLog.Actor actor, String target, String detail) implements MediaEvent {
	}

}
