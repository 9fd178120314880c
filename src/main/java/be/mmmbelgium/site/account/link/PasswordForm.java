package be.mmmbelgium.site.account.link;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import be.mmmbelgium.site.account.PasswordPolicy;

/**
 * A new password, typed twice.
 */
public class PasswordForm {

	@NotBlank
	@Size(max = PasswordPolicy.MAXIMUM_LENGTH)
	private String password = "";

	@NotBlank
	private String confirmation = "";

	public boolean confirmed() {
		return this.password.equals(this.confirmation);
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getConfirmation() {
		return this.confirmation;
	}

	public void setConfirmation(String confirmation) {
		this.confirmation = confirmation;
	}

}
