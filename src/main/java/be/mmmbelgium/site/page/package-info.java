/**
 * Institutional pages (mission, charter, statutes, themes, contact, privacy) and the
 * menus built from their tree.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Pages")
package be.mmmbelgium.site.page;
