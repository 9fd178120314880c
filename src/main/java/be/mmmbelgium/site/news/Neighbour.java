package be.mmmbelgium.site.news;

/**
 * A post a post page links to as the one before or after it: its title and address only,
 * not its text.
 *
 * @param title its title
 * @param slug its address within its language
 */
public record Neighbour(String title, String slug) {

}
