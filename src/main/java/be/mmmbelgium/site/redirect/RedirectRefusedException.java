package be.mmmbelgium.site.redirect;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A redirect the table does not take, with every reason, each for its field of the form.
 */
class RedirectRefusedException extends RuntimeException {

	private static final String CHANGED_MEANWHILE = "redirect.changedMeanwhile";

	private final transient List<Refusal> refusals;

	RedirectRefusedException(List<Refusal> refusals) {
		super("Redirect refused: " + refusals);
		this.refusals = List.copyOf(refusals);
	}

	/** Someone else changed the redirect since the form was opened. */
	static RedirectRefusedException changedMeanwhile(Redirect current) {
		return new RedirectRefusedException(
				List.of(new Refusal(null, CHANGED_MEANWHILE, current.getOldPath(), current.getTarget())));
	}

	List<Refusal> refusals() {
		return this.refusals;
	}

	boolean changedMeanwhile() {
		return this.refusals.stream().anyMatch((refusal) -> CHANGED_MEANWHILE.equals(refusal.messageKey()));
	}

	/**
	 * One reason.
	 *
	 * @param field the field of {@link RedirectForm} at fault; null for the form as a
	 * whole
	 * @param messageKey the message that says what is wrong
	 * @param arguments the message's arguments
	 */
	record Refusal(@Nullable String field, String messageKey, Object... arguments) {

		@Override
		public String toString() {
			return this.field + ": " + this.messageKey;
		}

	}

}
