package be.mmmbelgium.site.account;

import jakarta.validation.constraints.NotBlank;

/**
 * A new password, with the current one to show it is really the owner asking.
 */
class ChangePasswordForm extends PasswordForm {

	@NotBlank
	private String current = "";

	public String getCurrent() {
		return this.current;
	}

	public void setCurrent(String current) {
		this.current = current;
	}

}
