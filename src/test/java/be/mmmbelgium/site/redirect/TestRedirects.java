package be.mmmbelgium.site.redirect;

import jakarta.persistence.EntityManager;

/**
 * Redirects for the tests of other features, which cannot reach the table's internals.
 */
public final class TestRedirects {

	private TestRedirects() {
	}

	/**
	 * Adds a row to the table as it stands, without the back-office's checks, so that a
	 * test can also set up what those checks would refuse.
	 * @param oldPath normalised, as the table keeps it
	 * @return its id
	 */
	public static long add(EntityManager entityManager, String oldPath, String target) {
		Redirect redirect = new Redirect(oldPath, target);
		entityManager.persist(redirect);
		entityManager.flush();
		return redirect.getId();
	}

}
