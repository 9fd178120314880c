package be.mmmbelgium.site.account.profile;

import jakarta.validation.constraints.NotBlank;

import be.mmmbelgium.site.account.link.PasswordForm;

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
