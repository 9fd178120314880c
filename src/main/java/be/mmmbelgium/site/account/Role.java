package be.mmmbelgium.site.account;

/**
 * What an account may do in the back-office; each role may do all that the ones before it
 * may. Contributors write drafts, editors publish and manage all content, admins also
 * manage accounts and the institutional pages.
 */
public enum Role {

	CONTRIBUTOR, EDITOR, ADMIN;

	/** The authority Spring Security knows this role by. */
	public String authority() {
		return "ROLE_" + name();
	}

	public boolean includes(Role other) {
		return compareTo(other) >= 0;
	}

}
