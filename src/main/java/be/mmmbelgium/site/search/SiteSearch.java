package be.mmmbelgium.site.search;

import java.time.Instant;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import be.mmmbelgium.site.web.Language;

/**
 * Finds the published content of a language that matches a query, the most relevant
 * first. {@link SearchConfiguration} chooses the implementation for the database the site
 * runs on.
 */
public interface SiteSearch {

	/**
	 * The published content of one language that matches a query, best first.
	 * @param language the language of the content looked through
	 * @param query what was searched for; an empty query finds nothing
	 * @param pageable which page of results
	 * @param now the instant that decides what is visible
	 */
	Page<Found> search(Language language, SearchQuery query, Pageable pageable, Instant now);

}
