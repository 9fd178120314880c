package be.mmmbelgium.site.account;

/**
 * The access rules of the back-office, in one place so that the tests can hold every
 * route against them.
 */
final class AdminRoutes {

	/** Open to anyone: signing in, and the one-time links. */
	static final String[] PUBLIC = { "/admin/login", "/admin/password/**", "/admin/setup/**" };

	/**
	 * Admins only: accounts, the audit log, the site's security settings, the
	 * institutional pages and the redirects of old addresses.
	 */
	static final String[] ADMIN_ONLY = { "/admin/accounts", "/admin/accounts/**", "/admin/audit", "/admin/audit/**",
			"/admin/settings", "/admin/settings/**", "/admin/pages", "/admin/pages/**", "/admin/redirects",
			"/admin/redirects/**" };

	/**
	 * Editors and admins: publishing decides what the public sees, and podcast series are
	 * what directories list.
	 */
	static final String[] EDITORS = { "/admin/news/*/publish", "/admin/news/*/unpublish", "/admin/news/*/trash",
			"/admin/news/*/restore", "/admin/news/*/send-back", "/admin/news/*/changes/publish",
			"/admin/news/trash/empty", "/admin/episodes/*/publish", "/admin/episodes/*/unpublish",
			"/admin/episodes/*/trash", "/admin/episodes/*/restore", "/admin/episodes/*/send-back",
			"/admin/episodes/*/changes/publish", "/admin/episodes/trash/empty", "/admin/podcasts", "/admin/podcasts/**",
			"/admin/media/*/delete" };

	private AdminRoutes() {
	}

}
