package be.mmmbelgium.site.redirect;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * A redirect as an admin types it; {@link RedirectTable} checks what the addresses may
 * be.
 */
class RedirectForm {

	@NotBlank
	@Size(max = OldPath.MAX_LENGTH)
	private String oldPath = "";

	@NotBlank
	@Size(max = OldPath.MAX_LENGTH)
	private String target = "";

	/**
	 * The version the form was opened at, so that a save over someone else's change is
	 * refused.
	 */
	private @Nullable Long version;

	static RedirectForm of(Redirect redirect) {
		RedirectForm form = new RedirectForm();
		form.setOldPath(redirect.getOldPath());
		form.setTarget(redirect.getTarget());
		form.setVersion(redirect.getVersion());
		return form;
	}

	public String getOldPath() {
		return this.oldPath;
	}

	public void setOldPath(@Nullable String oldPath) {
		this.oldPath = (oldPath == null) ? "" : oldPath.strip();
	}

	public String getTarget() {
		return this.target;
	}

	public void setTarget(@Nullable String target) {
		this.target = (target == null) ? "" : target.strip();
	}

	public @Nullable Long getVersion() {
		return this.version;
	}

	public void setVersion(@Nullable Long version) {
		this.version = version;
	}

}
