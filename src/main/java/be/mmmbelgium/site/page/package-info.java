/**
 * Institutional pages (mission, charter, statutes, themes, contact, privacy) and the
 * menus built from their tree.
 */
@NullMarked
@ApplicationModule(displayName = "Pages")
package be.mmmbelgium.site.page;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
