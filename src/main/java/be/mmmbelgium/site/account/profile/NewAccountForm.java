package be.mmmbelgium.site.account.profile;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import be.mmmbelgium.site.account.Role;

/**
 * A new account, as an admin creates it: its owner chooses the password later.
 */
class NewAccountForm {

	@NotBlank
	@Email
	@Size(max = 254)
	private String email = "";

	@NotBlank
	@Size(max = 100)
	private String displayName = "";

	@NotNull
	private Role role = Role.CONTRIBUTOR;

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

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

}
