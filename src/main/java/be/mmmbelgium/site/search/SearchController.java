package be.mmmbelgium.site.search;

import java.time.Clock;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import be.mmmbelgium.site.web.Language;
import be.mmmbelgium.site.web.LanguageVersions;
import be.mmmbelgium.site.web.PageNumber;
import be.mmmbelgium.site.web.Pagination;
import be.mmmbelgium.site.web.PublicPages;
import be.mmmbelgium.site.web.SitePaths;

import static be.mmmbelgium.site.web.SitePaths.SEARCH_EN;
import static be.mmmbelgium.site.web.SitePaths.SEARCH_FR;
import static be.mmmbelgium.site.web.SitePaths.SEARCH_NL;

/**
 * The search page of each language: a form, and what matches the query in that language,
 * ten at a time. Whatever the query, the answer is this page.
 */
@Controller
@PublicPages
class SearchController {

	static final String VIEW = "search/results";

	static final int PAGE_SIZE = 10;

	private final SiteSearch search;

	private final SitePaths paths;

	private final Clock clock;

	SearchController(SiteSearch search, SitePaths paths, Clock clock) {
		this.search = search;
		this.paths = paths;
		this.clock = clock;
	}

	@GetMapping({ SEARCH_FR, SEARCH_NL, SEARCH_EN })
	ModelAndView search(Language language, @RequestParam(name = "q", required = false) @Nullable String typed,
			@RequestParam(defaultValue = "1") PageNumber page) {
		SearchQuery query = SearchQuery.of(typed);
		ModelAndView view = new ModelAndView(VIEW).addObject("query", query)
			.addObject("noindex", true)
			.addObject(LanguageVersions.MODEL_ATTRIBUTE,
					LanguageVersions.everywhere(language, (other) -> this.paths.search(other, query.text())));
		if (query.isEmpty()) {
			return view;
		}
		Page<Found> found;
		try {
			found = this.search.search(language, query, page.toPageable(PAGE_SIZE), Instant.now(this.clock));
		}
		catch (SearchTooBroadException ex) {
			return view.addObject("tooBroad", true);
		}
		Page<Result> results = Pagination.requireExisting(found).map((item) -> result(language, item, query));
		return view.addObject("results", results)
			.addObject("pagination", Pagination.of(results, this.paths.search(language, query.text())));
	}

	private Result result(Language language, Found found, SearchQuery query) {
		String path = switch (found.kind()) {
			case NEWS -> this.paths.newsPost(language, found.slug());
			case PAGE -> this.paths.page(language, found.slug());
			case EPISODE -> this.paths.episode(language, found.seriesSlug(), found.slug());
		};
		return new Result(found.kind(), found.title(), path, Snippet.of(found.text(), query.terms()),
				found.publishedAt());
	}

	/**
	 * A result as the page shows it.
	 *
	 * @param snippet HTML: the passage of the text around the words found, escaped, with
	 * those words marked
	 */
	record Result(Found.Kind kind, String title, String path, String snippet, Instant publishedAt) {
	}

}
