package be.mmmbelgium.site.news;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
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

import static be.mmmbelgium.site.web.SitePaths.FEED;
import static be.mmmbelgium.site.web.SitePaths.NEWS_EN;
import static be.mmmbelgium.site.web.SitePaths.NEWS_FR;
import static be.mmmbelgium.site.web.SitePaths.NEWS_NL;
import static be.mmmbelgium.site.web.SitePaths.TOPIC_EN;
import static be.mmmbelgium.site.web.SitePaths.TOPIC_FR;
import static be.mmmbelgium.site.web.SitePaths.TOPIC_NL;

/**
 * The Atom feeds of the news: one per language and one per subject, with each post's
 * whole text, its cover, and every address absolute so that feed readers can follow them.
 */
@RestController
class NewsFeedController {

	/** How many of the newest posts a feed carries. */
	static final int ENTRIES = 20;

	static final MediaType ATOM = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);

	private final PublishedNews news;

	private final SitePaths paths;

	private final SiteProperties site;

	private final MessageSource messages;

	private final FeedContents contents;

	NewsFeedController(PublishedNews news, SitePaths paths, SiteProperties site, MessageSource messages,
			FeedContents contents) {
		this.contents = contents;
		this.news = news;
		this.paths = paths;
		this.site = site;
		this.messages = messages;
	}

	@GetMapping({ NEWS_FR + FEED, NEWS_NL + FEED, NEWS_EN + FEED })
	@Transactional(readOnly = true)
	ResponseEntity<String> feed(Language language) {
		List<NewsPost> posts = this.news.newest(language, ENTRIES);
		String title = message("site.name", language) + " – " + message("news.title", language);
		return answer(atom(language, title, this.paths.newsFeed(language), this.paths.news(language), posts));
	}

	@GetMapping({ NEWS_FR + TOPIC_FR + "/{slug}" + FEED, NEWS_NL + TOPIC_NL + "/{slug}" + FEED,
			NEWS_EN + TOPIC_EN + "/{slug}" + FEED })
	@Transactional(readOnly = true)
	ResponseEntity<String> topicFeed(Language language, @PathVariable String slug) {
		Tag tag = (SitePaths.isSlug(slug) ? this.news.tag(language, slug) : Optional.<Tag>empty())
			.orElseThrow(() -> new ContentNotFoundException("Subject"));
		List<NewsPost> posts = this.news.newestTagged(tag, ENTRIES);
		String title = message("site.name", language) + " – " + tag.getName();
		return answer(atom(language, title, this.paths.newsTopicFeed(language, slug),
				this.paths.newsTopic(language, slug), posts));
	}

	private String atom(Language language, String title, String selfPath, String pagePath, List<NewsPost> posts) {
		Instant updated = posts.stream()
			.map(NewsPost::getUpdatedAt)
			.max(Comparator.naturalOrder())
			.orElse(Instant.EPOCH);
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
			.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"")
			.append(language.code())
			.append("\">\n")
			.append("  <id>")
			.append(XmlText.escape(this.site.absolute(selfPath)))
			.append("</id>\n")
			.append("  <title>")
			.append(XmlText.escape(title))
			.append("</title>\n")
			.append("  <updated>")
			.append(XmlText.instant(updated))
			.append("</updated>\n")
			.append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"")
			.append(XmlText.escape(this.site.absolute(selfPath)))
			.append("\"/>\n")
			.append("  <link rel=\"alternate\" type=\"text/html\" href=\"")
			.append(XmlText.escape(this.site.absolute(pagePath)))
			.append("\"/>\n")
			.append("  <author><name>")
			.append(XmlText.escape(this.site.contact().name()))
			.append("</name></author>\n");
		for (NewsPost post : posts) {
			String link = this.site.absolute(this.paths.newsPost(post.getLanguage(), post.getSlug()));
			xml.append("  <entry>\n")
				.append("    <id>")
				.append(XmlText.escape(entryId(post)))
				.append("</id>\n")
				.append("    <title>")
				.append(XmlText.escape(post.getTitle()))
				.append("</title>\n")
				.append("    <link rel=\"alternate\" type=\"text/html\" href=\"")
				.append(XmlText.escape(link))
				.append("\"/>\n")
				.append("    <published>")
				.append(XmlText
					.instant(Objects.requireNonNull(post.getPublishedAt(), "a post in the feed is published")))
				.append("</published>\n")
				.append("    <updated>")
				.append(XmlText.instant(post.getUpdatedAt()))
				.append("</updated>\n");
			post.getTags()
				.stream()
				.map(Tag::getName)
				.sorted()
				.forEach((name) -> xml.append("    <category term=\"").append(XmlText.escape(name)).append("\"/>\n"));
			if (!post.getExcerpt().isBlank()) {
				xml.append("    <summary>").append(XmlText.escape(post.getExcerpt())).append("</summary>\n");
			}
			xml.append("    <content type=\"html\">")
				.append(XmlText.escape(content(post)))
				.append("</content>\n")
				.append("  </entry>\n");
		}
		return xml.append("</feed>\n").toString();
	}

	/**
	 * An id that never changes, whatever becomes of the post's slug or the site's
	 * address.
	 */
	private static String entryId(NewsPost post) {
		return FeedIds.of("news/" + post.getId());
	}

	/** The post's cover and text, every address in it made absolute. */
	private String content(NewsPost post) {
		return this.contents.of("news/" + post.getId(), post.getVersion(), () -> absoluteContent(post));
	}

	private String absoluteContent(NewsPost post) {
		Document html = FeedHtml.parse(post.getBody().getHtml());
		if (post.getCover() != null) {
			Element figure = html.body().prependElement("figure");
			figure.appendElement("img")
				.attr("src", this.paths.media(post.getCover().getStorageKey()))
				.attr("alt", post.getCoverAlt() == null ? "" : post.getCoverAlt());
			if (post.getCoverCaption() != null) {
				figure.appendElement("figcaption").text(post.getCoverCaption());
			}
		}
		return FeedHtml.absolute(html, this.site);
	}

	private String message(String key, Language language) {
		return this.messages.getMessage(key, null, language.locale());
	}

	private static ResponseEntity<String> answer(String xml) {
		return ResponseEntity.ok().contentType(ATOM).body(xml);
	}

}
