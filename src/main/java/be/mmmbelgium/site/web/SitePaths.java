package be.mmmbelgium.site.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The one place where the public URLs of the site are defined, section names included.
 * <p>
 * Controllers map their routes with the constants (annotations need compile-time
 * constants), and everything that builds a link, templates included (as {@code paths}),
 * uses the methods, so a route and its links cannot drift apart.
 */
@Component
public class SitePaths {

	/** A path segment that is a language code. */
	public static final String LANGUAGE = "/{lang:fr|nl|en}";

	/** A path segment that may be a slug; anything else is simply not found. */
	public static final String SLUG_PATTERN = "[a-z0-9]+(?:-[a-z0-9]+)*";

	public static final String NEWS_FR = "/fr/actualites";

	public static final String NEWS_NL = "/nl/nieuws";

	public static final String NEWS_EN = "/en/news";

	public static final String TOPIC_FR = "/sujet";

	public static final String TOPIC_NL = "/onderwerp";

	public static final String TOPIC_EN = "/topic";

	public static final String ARCHIVE_FR = "/archives";

	public static final String ARCHIVE_NL = "/archief";

	public static final String ARCHIVE_EN = "/archive";

	public static final String PODCASTS = "/podcasts";

	public static final String SEARCH_FR = "/fr/recherche";

	public static final String SEARCH_NL = "/nl/zoeken";

	public static final String SEARCH_EN = "/en/search";

	public String home(Language language) {
		return "/" + language.code() + "/";
	}

	public String page(Language language, String slug) {
		return "/" + language.code() + "/" + slug;
	}

	public String news(Language language) {
		return inLanguage(language, NEWS_FR, NEWS_NL, NEWS_EN);
	}

	public String newsPost(Language language, String slug) {
		return news(language) + "/" + slug;
	}

	public String newsTopic(Language language, String tagSlug) {
		return news(language) + inLanguage(language, TOPIC_FR, TOPIC_NL, TOPIC_EN) + "/" + tagSlug;
	}

	/** The file name of every feed, after the path of what it follows. */
	public static final String FEED = "/feed.atom";

	/** The Atom feed of a language's news. */
	public String newsFeed(Language language) {
		return news(language) + FEED;
	}

	/** The Atom feed of a subject's news. */
	public String newsTopicFeed(Language language, String tagSlug) {
		return newsTopic(language, tagSlug) + FEED;
	}

	public String newsArchive(Language language, int year) {
		return news(language) + inLanguage(language, ARCHIVE_FR, ARCHIVE_NL, ARCHIVE_EN) + "/" + year;
	}

	public String podcasts(Language language) {
		return "/" + language.code() + PODCASTS;
	}

	public String series(Language language, String seriesSlug) {
		return podcasts(language) + "/" + seriesSlug;
	}

	public String episode(Language language, String seriesSlug, String episodeSlug) {
		return series(language, seriesSlug) + "/" + episodeSlug;
	}

	/** The file name of a podcast series' RSS feed, after the series' path. */
	public static final String PODCAST_FEED = "/feed.rss";

	/** The file name of an episode's transcript, after the episode's path. */
	public static final String TRANSCRIPT = "/transcript.html";

	/** The RSS feed podcast apps subscribe to, for a series in a language. */
	public String podcastFeed(Language language, String seriesSlug) {
		return series(language, seriesSlug) + PODCAST_FEED;
	}

	/** An episode's transcript alone, as podcast apps fetch it. */
	public String transcript(Language language, String seriesSlug, String episodeSlug) {
		return episode(language, seriesSlug, episodeSlug) + TRANSCRIPT;
	}

	/** The site search of a language. */
	public String search(Language language) {
		return inLanguage(language, SEARCH_FR, SEARCH_NL, SEARCH_EN);
	}

	/** The site search of a language, with what was searched for. */
	public String search(Language language, String query) {
		return query.isEmpty() ? search(language)
				: search(language) + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
	}

	public String media(String storageKey) {
		return "/media/" + storageKey;
	}

	/**
	 * Whether a path segment can be a slug at all, so that anything else is a 404 without
	 * a query.
	 */
	public static boolean isSlug(@Nullable String candidate) {
		return candidate != null && candidate.length() <= 200 && candidate.matches(SLUG_PATTERN);
	}

	/** A section's path in a language, from its three versions. */
	private static String inLanguage(Language language, String french, String dutch, String english) {
		return switch (language) {
			case FR -> french;
			case NL -> dutch;
			case EN -> english;
		};
	}

}
