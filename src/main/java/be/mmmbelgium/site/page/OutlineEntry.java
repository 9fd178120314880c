package be.mmmbelgium.site.page;

import org.jspecify.annotations.Nullable;

import be.mmmbelgium.site.web.Language;

/**
 * What the menu and the footer need of a visible page: its place and its title, without
 * its text, which every public page would otherwise load to draw its menu.
 *
 * @param id the page
 * @param parentId the page it sits under, if any
 * @param title its title
 * @param language its language
 * @param slug its address within the language
 * @param menuOrder its place among its siblings
 * @param inMenu whether it shows in the menu, or else in the footer
 */
record OutlineEntry(Long id, @Nullable Long parentId, String title, Language language, String slug, int menuOrder,
		boolean inMenu) {

	boolean isTopLevel() {
		return this.parentId == null;
	}

	boolean isUnder(OutlineEntry parent) {
		return parent.id().equals(this.parentId);
	}

}
