package be.mmmbelgium.site.account.link;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The first admin of a new site.
 */
class SetupForm extends PasswordForm {

	@NotBlank
	@Email
	@Size(max = 254)
	private String email = "";

	@NotBlank
	@Size(max = 100)
	private String displayName = "";

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

}
