package be.mmmbelgium.site.podcast;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import be.mmmbelgium.site.feed.FeedContents;
import be.mmmbelgium.site.feed.FeedHtml;
import be.mmmbelgium.site.feed.FeedIds;
import be.mmmbelgium.site.feed.XmlText;
import be.mmmbelgium.site.system.SiteProperties;
import be.mmmbelgium.site.web.ContentNotFoundException;
import be.mmmbelgium.site.web.Language;
import be.mmmbelgium.site.web.SitePaths;

/**
 * The RSS feed of a podcast series, one per series and language, as Apple Podcasts,
 * Spotify and every podcast app read it: RSS 2.0 with Apple's {@code itunes} tags and the
 * podcast namespace's transcripts. It lists the series' published episodes that have
 * audio.
 */
@RestController
class PodcastFeedController {

	static final MediaType RSS = new MediaType("application", "rss+xml", StandardCharsets.UTF_8);

	/**
	 * The longest description Apple takes, in bytes; longer notes give way to the
	 * summary.
	 */
	static final int DESCRIPTION_LIMIT = 4000;

	private final PublishedPodcasts podcasts;

	private final SitePaths paths;

	private final SiteProperties site;

	private final FeedContents contents;

	PodcastFeedController(PublishedPodcasts podcasts, SitePaths paths, SiteProperties site, FeedContents contents) {
		this.contents = contents;
		this.podcasts = podcasts;
		this.paths = paths;
		this.site = site;
	}

	@GetMapping(SitePaths.LANGUAGE + SitePaths.PODCASTS + "/{seriesSlug}" + SitePaths.PODCAST_FEED)
	ResponseEntity<String> feed(Language language, @PathVariable String seriesSlug) {
		PublishedPodcasts.SeriesView view = (SitePaths.isSlug(seriesSlug)
				? this.podcasts.findSeries(language, seriesSlug) : Optional.<PublishedPodcasts.SeriesView>empty())
			.orElseThrow(() -> new ContentNotFoundException("Podcast series"));
		return ResponseEntity.ok().contentType(RSS).body(rss(view.series(), view.episodes()));
	}

	private String rss(PodcastSeries series, List<Episode> all) {
		List<Episode> episodes = all.stream().filter(Episode::hasAudio).toList();
		String self = this.site.absolute(this.paths.podcastFeed(series.getLanguage(), series.getSlug()));
		String page = this.site.absolute(this.paths.series(series.getLanguage(), series.getSlug()));
		Instant built = episodes.stream()
			.map(Episode::getUpdatedAt)
			.max(Comparator.naturalOrder())
			.filter((latest) -> latest.isAfter(series.getUpdatedAt()))
			.orElse(series.getUpdatedAt());
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.append("<rss version=\"2.0\" xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\"")
			.append(" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"")
			.append(" xmlns:atom=\"http://www.w3.org/2005/Atom\"")
			.append(" xmlns:podcast=\"https://podcastindex.org/namespace/1.0\">\n")
			.append("<channel>\n");
		element(xml, "  ", "title", series.getTitle());
		element(xml, "  ", "link", page);
		xml.append("  <atom:link rel=\"self\" type=\"application/rss+xml\" href=\"")
			.append(XmlText.escape(self))
			.append("\"/>\n");
		element(xml, "  ", "description",
				description(
						series.getDescription().isEmpty() ? ""
								: FeedHtml.absolute(FeedHtml.parse(series.getDescription().getHtml()), this.site),
						series.getSummary(), series.getTitle()));
		element(xml, "  ", "language", series.getAudioLanguage().code());
		element(xml, "  ", "lastBuildDate", XmlText.rfc822(built));
		element(xml, "  ", "itunes:author",
				series.getAuthor().isBlank() ? this.site.contact().name() : series.getAuthor());
		// Apple and Spotify write to the owner to confirm the show: the association by
		// default.
		xml.append("  <itunes:owner>\n");
		element(xml, "    ", "itunes:name",
				series.getOwnerName() == null ? this.site.contact().name() : series.getOwnerName());
		element(xml, "    ", "itunes:email",
				series.getOwnerEmail() == null ? this.site.contact().email() : series.getOwnerEmail());
		xml.append("  </itunes:owner>\n");
		if (series.getCover() != null) {
			xml.append("  <itunes:image href=\"")
				.append(XmlText.escape(media(series.getCover().getStorageKey())))
				.append("\"/>\n");
			xml.append("  <image>\n");
			element(xml, "    ", "url", media(series.getCover().getStorageKey()));
			element(xml, "    ", "title", series.getTitle());
			element(xml, "    ", "link", page);
			xml.append("  </image>\n");
		}
		if (series.getCategory() != null) {
			xml.append("  <itunes:category text=\"").append(XmlText.escape(series.getCategory())).append('"');
			if (series.getSubcategory() != null) {
				xml.append(">\n    <itunes:category text=\"")
					.append(XmlText.escape(series.getSubcategory()))
					.append("\"/>\n  </itunes:category>\n");
			}
			else {
				xml.append("/>\n");
			}
		}
		element(xml, "  ", "itunes:explicit", String.valueOf(series.isExplicit()));
		element(xml, "  ", "itunes:type", "episodic");
		for (Episode episode : episodes) {
			item(xml, series, episode);
		}
		return xml.append("</channel>\n</rss>\n").toString();
	}

	private void item(StringBuilder xml, PodcastSeries series, Episode episode) {
		String link = this.site.absolute(this.paths.episode(series.getLanguage(), series.getSlug(), episode.getSlug()));
		String notes = notes(episode);
		xml.append("  <item>\n");
		element(xml, "    ", "title", episode.getTitle());
		element(xml, "    ", "link", link);
		xml.append("    <guid isPermaLink=\"false\">").append(XmlText.escape(guid(episode))).append("</guid>\n");
		element(xml, "    ", "pubDate", XmlText
			.rfc822(Objects.requireNonNull(episode.getPublishedAt(), "an episode in the feed is published")));
		element(xml, "    ", "description", description(notes, episode.getExcerpt(), episode.getTitle()));
		if (!notes.isEmpty()) {
			element(xml, "    ", "content:encoded", notes);
		}
		xml.append("    <enclosure url=\"")
			.append(XmlText.escape(audioUrl(episode)))
			.append("\" length=\"")
			.append(episode.getAudioByteLength())
			.append("\" type=\"")
			.append(enclosureType(
					Objects.requireNonNull(episode.getAudioMediaType(), "an episode in the feed has audio")))
			.append("\"/>\n");
		if (episode.getDurationSeconds() != null) {
			element(xml, "    ", "itunes:duration", String.valueOf(episode.getDurationSeconds()));
		}
		if (episode.getNumber() > 0) {
			element(xml, "    ", "itunes:episode", String.valueOf(episode.getNumber()));
		}
		if (episode.getSeason() != null && episode.getSeason() > 0) {
			element(xml, "    ", "itunes:season", String.valueOf(episode.getSeason()));
		}
		element(xml, "    ", "itunes:episodeType", "full");
		element(xml, "    ", "itunes:explicit", String.valueOf(series.isExplicit()));
		if (!episode.getTranscript().isEmpty()) {
			xml.append("    <podcast:transcript url=\"")
				.append(XmlText.escape(this.site
					.absolute(this.paths.transcript(series.getLanguage(), series.getSlug(), episode.getSlug()))))
				.append("\" type=\"text/html\" language=\"")
				.append(series.getAudioLanguage().code())
				.append("\"/>\n");
		}
		xml.append("  </item>\n");
	}

	private static void element(StringBuilder xml, String indent, String name, String text) {
		xml.append(indent)
			.append('<')
			.append(name)
			.append('>')
			.append(XmlText.escape(text))
			.append("</")
			.append(name)
			.append(">\n");
	}

	/** The show notes as HTML, every address absolute; empty when there are none. */
	private String notes(Episode episode) {
		return episode.getShowNotes().isEmpty() ? ""
				: this.contents.of("podcast/episode/" + episode.getId(), episode.getVersion(),
						() -> FeedHtml.absolute(FeedHtml.parse(episode.getShowNotes().getHtml()), this.site));
	}

	/**
	 * Rich text where it fits Apple's limit (counted in bytes), the plain summary
	 * otherwise (at most 500 characters, well within it), the title when there is none.
	 */
	private static String description(String html, String summary, String title) {
		if (!html.isBlank() && bytes(html) <= DESCRIPTION_LIMIT) {
			return html;
		}
		return summary.isBlank() ? title : summary;
	}

	private static int bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8).length;
	}

	/**
	 * An id that stays the same whatever becomes of the episode's title, slug or audio,
	 * or of the site's address, so that apps never show an episode twice.
	 */
	private static String guid(Episode episode) {
		return FeedIds.of("podcast/episode/" + episode.getId());
	}

	private String audioUrl(Episode episode) {
		return (episode.getAudioFile() != null) ? media(episode.getAudioFile().getStorageKey())
				: Objects.requireNonNull(episode.getAudioUrl(), "an episode in the feed has audio");
	}

	private String media(String storageKey) {
		return this.site.absolute(this.paths.media(storageKey));
	}

	/**
	 * Apple names M4A audio {@code audio/x-m4a}, whatever name the file was described
	 * with.
	 */
	static String enclosureType(String mediaType) {
		return switch (mediaType) {
			case "audio/mp4", "audio/m4a" -> "audio/x-m4a";
			default -> mediaType;
		};
	}

}
