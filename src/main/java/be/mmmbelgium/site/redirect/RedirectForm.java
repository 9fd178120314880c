package be.mmmbelgium.site.redirect;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

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
	private Long version;

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

	public void setOldPath(String oldPath) {
		this.oldPath = (oldPath == null) ? "" : oldPath.strip();
	}

	public String getTarget() {
		return this.target;
	}

	public void setTarget(String target) {
		this.target = (target == null) ? "" : target.strip();
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
