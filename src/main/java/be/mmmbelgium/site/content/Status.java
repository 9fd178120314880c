package be.mmmbelgium.site.content;

/**
 * Where an item stands in its life. Whether a published item is visible also depends on
 * its publication instant, decided at query time.
 */
public enum Status {

	DRAFT, PUBLISHED,

	/**
	 * Removed from the site, and restorable until the trash is emptied; its address
	 * answers 410.
	 */
	TRASHED

}
