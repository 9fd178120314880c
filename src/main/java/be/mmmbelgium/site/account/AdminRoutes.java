package be.mmmbelgium.site.account;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.springframework.util.Assert;

import be.mmmbelgium.site.admin.BackOfficeAccess;

/**
 * The access rules of the back-office: the addresses of signing in, open to anyone, and
 * those each feature keeps for admins or editors ({@link BackOfficeAccess}), gathered in
 * one place so that the tests can hold every route against them.
 */
final class AdminRoutes {

	/** Open to anyone: signing in, and the one-time links. */
	static final String[] PUBLIC = { "/admin/login", "/admin/password/**", "/admin/setup/**" };

	private final Set<String> adminOnly;

	private final Set<String> editors;

	AdminRoutes(Collection<BackOfficeAccess> features) {
		this.adminOnly = gathered(features, BackOfficeAccess::adminOnly);
		this.editors = gathered(features, BackOfficeAccess::editors);
		Assert.isTrue(Collections.disjoint(this.adminOnly, this.editors),
				() -> "An address is either for admins or for editors: " + this.adminOnly + " and " + this.editors);
	}

	/** The addresses only admins may use. */
	String[] adminOnly() {
		return this.adminOnly.toArray(String[]::new);
	}

	/** The addresses editors and admins may use. */
	String[] editors() {
		return this.editors.toArray(String[]::new);
	}

	/** Sorted, so that the rules read the same whatever order the features came in. */
	private static Set<String> gathered(Collection<BackOfficeAccess> features,
			Function<BackOfficeAccess, List<String>> patterns) {
		return Collections.unmodifiableSet(
				features.stream().map(patterns).flatMap(List::stream).collect(TreeSet::new, Set::add, Set::addAll));
	}

}
