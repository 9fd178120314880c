package be.mmmbelgium.site.content;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Where an item is in the editorial workflow, as the back-office lists show it and filter
 * by: its stored {@link Status} refined by whether a draft awaits review and whether a
 * published item is already visible. Derived at each request, never stored.
 */
public enum WorkflowStage {

	DRAFT, SUBMITTED, SCHEDULED, PUBLISHED, TRASHED;

	/** The stage of an item at an instant. */
	public static WorkflowStage of(TranslatableContent item, Instant now) {
		return switch (item.getStatus()) {
			case DRAFT -> item.isSubmitted() ? SUBMITTED : DRAFT;
			case PUBLISHED -> item.isVisibleAt(now) ? PUBLISHED : SCHEDULED;
			case TRASHED -> TRASHED;
		};
	}

	/** The status of the items at this stage; null for "any status but the trash". */
	public static @Nullable Status statusOf(@Nullable WorkflowStage stage) {
		if (stage == null) {
			return null;
		}
		return switch (stage) {
			case DRAFT, SUBMITTED -> Status.DRAFT;
			case SCHEDULED, PUBLISHED -> Status.PUBLISHED;
			case TRASHED -> Status.TRASHED;
		};
	}

	/**
	 * Whether items at this stage await review: true or false, or null when it does not
	 * matter.
	 */
	public static @Nullable Boolean submittedOf(@Nullable WorkflowStage stage) {
		return stage == DRAFT ? Boolean.FALSE : (stage == SUBMITTED ? Boolean.TRUE : null);
	}

	/**
	 * Whether items at this stage appear later: true or false, or null when it does not
	 * matter.
	 */
	public static @Nullable Boolean scheduledOf(@Nullable WorkflowStage stage) {
		return stage == SCHEDULED ? Boolean.TRUE : (stage == PUBLISHED ? Boolean.FALSE : null);
	}

}
