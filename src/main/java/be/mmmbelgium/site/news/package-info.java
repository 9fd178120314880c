/**
 * News posts, their tags, the paginated list, the pages by tag and the archive by year.
 */
@org.springframework.modulith.ApplicationModule(displayName = "News")
package be.mmmbelgium.site.news;
