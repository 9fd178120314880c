package be.mmmbelgium.site.redirect;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import be.mmmbelgium.site.caching.PublicTable;

/**
 * The tables of old addresses, for the version of the site: every redirect and every
 * removed address answers on the public site as soon as it is saved.
 */
@Configuration(proxyBeanMethods = false)
class RedirectPublicTables {

	@Bean
	PublicTable publicRedirects() {
		return new PublicTable("redirect", true, "updated_at", null, null);
	}

	/** A removed address is never changed, only added or deleted: it has no version. */
	@Bean
	PublicTable publicRemovedPaths() {
		return new PublicTable("removed_path", false, "removed_at", null, null);
	}

}
