package be.mmmbelgium.site.podcast;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import be.mmmbelgium.site.media.MediaFile;
import be.mmmbelgium.site.media.MediaLibrary;
import be.mmmbelgium.site.test.Builders;
import be.mmmbelgium.site.test.Html;
import be.mmmbelgium.site.test.SiteIntegrationTest;
import be.mmmbelgium.site.test.TestMedia;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The podcast feed held against Apple Podcasts' requirements for podcast RSS feeds, each
 * requirement that applies to this site checked on a series with published, draft,
 * scheduled and externally hosted episodes.
 */
@SiteIntegrationTest
class PodcastFeedIntegrationTest {

	static final String BASE = "https://www.example.test";

	static final String ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd";

	static final String PODCAST = "https://podcastindex.org/namespace/1.0";

	/** The enclosure types Apple Podcasts accepts. */
	static final Set<String> APPLE_ENCLOSURE_TYPES = Set.of("audio/x-m4a", "audio/mpeg", "video/quicktime", "video/mp4",
			"video/x-m4v", "application/pdf");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PodcastSeriesRepository series;

	@Autowired
	EpisodeRepository episodes;

	@Autowired
	MediaLibrary media;

	PodcastSeries show;

	Episode first;

	Episode hostedElsewhere;

	void givenASeriesWithEpisodes() {
		MediaFile cover = TestMedia.add(this.media, "carre.png", TestMedia.png(1400, 1400));
		MediaFile audio = TestMedia.add(this.media, "episode-1.mp3", TestMedia.mp3(3));
		PodcastSeries built = PodcastBuilders.series().slug("mere-parfaite").title("Une mère & un micro").build();
		built.setDirectoryDetails("Make Mothers Matter Belgium", "MMM Belgium", "podcast@example.org");
		built.setCover(cover);
		this.show = this.series.saveAndFlush(built);
		this.first = this.episodes.saveAndFlush(PodcastBuilders.episode(this.show)
			.slug("le-mythe")
			.title("Le mythe")
			.number(1)
			.season(2)
			.audio(audio)
			.transcript("Bonjour et bienvenue.")
			.build());
		Episode external = PodcastBuilders.episode(this.show)
			.slug("ailleurs")
			.title("Hébergé ailleurs")
			.number(2)
			.publishedAt(Builders.NOW.minus(Duration.ofDays(1)))
			.build();
		external.setAudio("https://audio.example.net/ailleurs.m4a", 1_234_567L, "audio/mp4", 1805);
		this.hostedElsewhere = this.episodes.saveAndFlush(external);
		this.episodes
			.saveAndFlush(PodcastBuilders.episode(this.show).slug("brouillon").number(3).audio(audio).draft().build());
		this.episodes.saveAndFlush(PodcastBuilders.episode(this.show)
			.slug("demain")
			.number(4)
			.audio(audio)
			.publishedAt(Builders.NOW.plus(Duration.ofDays(1)))
			.build());
	}

	Document feed(String path) throws Exception {
		MvcTestResult result = this.mvc.get().uri(path).exchange();
		assertThat(result).hasStatusOk().hasContentType("application/rss+xml;charset=UTF-8");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
	}

	static Element channel(Document rss) {
		return (Element) rss.getDocumentElement().getElementsByTagName("channel").item(0);
	}

	static String text(Element parent, String name) {
		Element child = child(parent, null, name);
		return child == null ? null : child.getTextContent();
	}

	static Element child(Element parent, String namespace, String name) {
		NodeList nodes = parent.getChildNodes();
		for (int i = 0; i < nodes.getLength(); i++) {
			if (nodes.item(i) instanceof Element element && element.getLocalName().equals(name) && (namespace == null
					? element.getNamespaceURI() == null : namespace.equals(element.getNamespaceURI()))) {
				return element;
			}
		}
		return null;
	}

	static List<Element> items(Element channel) {
		List<Element> items = new ArrayList<>();
		NodeList nodes = channel.getElementsByTagName("item");
		for (int i = 0; i < nodes.getLength(); i++) {
			items.add((Element) nodes.item(i));
		}
		return items;
	}

	@Test
	void theChannelHasEveryTagAppleRequiresAndRecommends() throws Exception {
		givenASeriesWithEpisodes();
		Document rss = feed("/fr/podcasts/mere-parfaite/feed.rss");

		// RSS 2.0, with the itunes namespace exactly as Apple spells it.
		assertThat(rss.getDocumentElement().getTagName()).isEqualTo("rss");
		assertThat(rss.getDocumentElement().getAttribute("version")).isEqualTo("2.0");
		assertThat(rss.getDocumentElement().lookupNamespaceURI("itunes")).isEqualTo(ITUNES);
		Element channel = channel(rss);

		// Required: title, description (at most 4000 characters), language, category,
		// explicit, image.
		assertThat(text(channel, "title")).isEqualTo("Une mère & un micro");
		assertThat(text(channel, "description")).contains("<em>description</em>").hasSizeLessThanOrEqualTo(4000);
		assertThat(text(channel, "language")).isEqualTo("fr");
		Element category = child(channel, ITUNES, "category");
		assertThat(category.getAttribute("text")).isEqualTo("Kids & Family");
		assertThat(child(category, ITUNES, "category").getAttribute("text")).isEqualTo("Parenting");
		assertThat(ApplePodcastCategories.accepts(category.getAttribute("text"),
				child(category, ITUNES, "category").getAttribute("text")))
			.isTrue();
		assertThat(child(channel, ITUNES, "explicit").getTextContent()).isIn("true", "false");

		// The artwork: an http(s) address ending in .jpg or .png, a square of 1400 to
		// 3000 pixels.
		String image = child(channel, ITUNES, "image").getAttribute("href");
		assertThat(image).startsWith(BASE + "/media/").matches(".*\\.(jpg|png)$");
		MvcTestResult artwork = this.mvc.get().uri(image.substring(BASE.length())).exchange();
		assertThat(artwork).hasStatusOk();
		BufferedImage picture = ImageIO.read(new ByteArrayInputStream(artwork.getResponse().getContentAsByteArray()));
		assertThat(picture.getWidth()).isEqualTo(picture.getHeight()).isBetween(1400, 3000);

		// Recommended: author, link to the website, owner with an e-mail address for
		// verification.
		assertThat(child(channel, ITUNES, "author").getTextContent()).isEqualTo("Make Mothers Matter Belgium");
		assertThat(text(channel, "link")).isEqualTo(BASE + "/fr/podcasts/mere-parfaite");
		Element owner = child(channel, ITUNES, "owner");
		assertThat(child(owner, ITUNES, "name").getTextContent()).isEqualTo("MMM Belgium");
		assertThat(child(owner, ITUNES, "email").getTextContent()).isEqualTo("podcast@example.org");
		assertThat(child(channel, ITUNES, "type").getTextContent()).isIn("episodic", "serial");
		Element self = child(channel, "http://www.w3.org/2005/Atom", "link");
		assertThat(self.getAttribute("href")).isEqualTo(BASE + "/fr/podcasts/mere-parfaite/feed.rss");
	}

	@Test
	void eachEpisodeHasEveryTagAppleRequiresAndRecommends() throws Exception {
		givenASeriesWithEpisodes();
		List<Element> items = items(channel(feed("/fr/podcasts/mere-parfaite/feed.rss")));

		// Only published episodes whose time has come: not the draft, not tomorrow's.
		assertThat(items).extracting((item) -> text(item, "title")).containsExactly("Hébergé ailleurs", "Le mythe");
		Element item = items.get(1);

		// Required: title, enclosure (address, exact length in bytes, a type Apple
		// accepts), guid.
		Element enclosure = child(item, null, "enclosure");
		String audio = enclosure.getAttribute("url");
		assertThat(audio).startsWith(BASE + "/media/").endsWith(".mp3");
		assertThat(enclosure.getAttribute("type")).isEqualTo("audio/mpeg").isIn(APPLE_ENCLOSURE_TYPES);
		MvcTestResult file = this.mvc.get().uri(audio.substring(BASE.length())).exchange();
		assertThat(file).hasStatusOk().hasContentType("audio/mpeg");
		assertThat(Long.parseLong(enclosure.getAttribute("length")))
			.isEqualTo(file.getResponse().getContentAsByteArray().length);
		// Apple requires the audio host to answer byte-range requests.
		assertThat(this.mvc.get().uri(audio.substring(BASE.length())).header("Range", "bytes=0-99"))
			.hasStatus(HttpStatus.PARTIAL_CONTENT);
		assertThat(text(item, "guid")).isEqualTo("tag:mmmbelgium.be,2015:podcast/episode/" + this.first.getId());
		assertThat(child(item, null, "guid").getAttribute("isPermaLink")).isEqualTo("false");

		// Recommended: pubDate in RFC 2822, description, duration in seconds, link,
		// explicit.
		assertThat(ZonedDateTime.parse(text(item, "pubDate"), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant())
			.isEqualTo(this.first.getPublishedAt());
		assertThat(text(item, "description")).contains("<strong>notes</strong>").hasSizeLessThanOrEqualTo(4000);
		assertThat(child(item, "http://purl.org/rss/1.0/modules/content/", "encoded").getTextContent())
			.contains("<strong>notes</strong>");
		assertThat(child(item, ITUNES, "duration").getTextContent()).isEqualTo("3");
		assertThat(text(item, "link")).isEqualTo(BASE + "/fr/podcasts/mere-parfaite/le-mythe");
		assertThat(child(item, ITUNES, "explicit").getTextContent()).isIn("true", "false");

		// Situational: episode and season numbers are non-zero integers, the type is
		// full.
		assertThat(child(item, ITUNES, "episode").getTextContent()).isEqualTo("1");
		assertThat(child(item, ITUNES, "season").getTextContent()).isEqualTo("2");
		assertThat(child(item, ITUNES, "episodeType").getTextContent()).isEqualTo("full");

		// The transcript, in the language spoken, at an address that answers with it.
		Element transcript = child(item, PODCAST, "transcript");
		assertThat(transcript.getAttribute("language")).isEqualTo("fr");
		assertThat(transcript.getAttribute("type")).isEqualTo("text/html");
		String transcriptUrl = transcript.getAttribute("url");
		assertThat(transcriptUrl).isEqualTo(BASE + "/fr/podcasts/mere-parfaite/le-mythe/transcript.html");
		MvcTestResult transcriptPage = this.mvc.get().uri(transcriptUrl.substring(BASE.length())).exchange();
		assertThat(transcriptPage).hasStatusOk().hasContentType("text/html;charset=UTF-8");
		assertThat(Html.parse(transcriptPage).select("main").text()).contains("Bonjour et bienvenue.");
		assertThat(Html.parse(transcriptPage).select("html").attr("lang")).isEqualTo("fr");

		// Audio hosted elsewhere: its address, the length and duration entered, M4A named
		// as Apple names it.
		Element external = child(items.get(0), null, "enclosure");
		assertThat(external.getAttribute("url")).isEqualTo("https://audio.example.net/ailleurs.m4a");
		assertThat(external.getAttribute("length")).isEqualTo("1234567");
		assertThat(external.getAttribute("type")).isEqualTo("audio/x-m4a");
		assertThat(child(items.get(0), ITUNES, "duration").getTextContent()).isEqualTo("1805");
		assertThat(child(items.get(0), ITUNES, "season")).isNull();
		assertThat(child(items.get(0), PODCAST, "transcript")).isNull();
		assertThat(this.mvc.get().uri("/fr/podcasts/mere-parfaite/ailleurs/transcript.html"))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void anEpisodesGuidSurvivesANewTitleAndSlug() throws Exception {
		givenASeriesWithEpisodes();
		String before = text(items(channel(feed("/fr/podcasts/mere-parfaite/feed.rss"))).get(1), "guid");
		this.first.setTitle("Le mythe de la mère parfaite");
		this.first.changeSlug("le-mythe-de-la-mere-parfaite");
		this.episodes.saveAndFlush(this.first);

		Element item = items(channel(feed("/fr/podcasts/mere-parfaite/feed.rss"))).get(1);
		assertThat(text(item, "title")).isEqualTo("Le mythe de la mère parfaite");
		assertThat(text(item, "guid")).isEqualTo(before);
	}

	@Test
	void withoutAnOwnerOfItsOwnTheSeriesIsOwnedByTheAssociation() throws Exception {
		givenASeriesWithEpisodes();
		this.show.setDirectoryDetails("Make Mothers Matter Belgium", null, null);
		this.series.saveAndFlush(this.show);
		Element owner = child(channel(feed("/fr/podcasts/mere-parfaite/feed.rss")), ITUNES, "owner");
		assertThat(child(owner, ITUNES, "name").getTextContent()).isEqualTo("Make Mothers Matter Belgium ASBL");
		assertThat(child(owner, ITUNES, "email").getTextContent()).isEqualTo("contact@example.org");
	}

	@Test
	void descriptionsStayWithinAppleLimitInBytes() throws Exception {
		givenASeriesWithEpisodes();
		this.show.setDescription(Builders.MARKDOWN.render("é".repeat(3000)));
		this.show.setSummary("Un résumé à la place.");
		this.series.saveAndFlush(this.show);
		String description = text(channel(feed("/fr/podcasts/mere-parfaite/feed.rss")), "description");
		assertThat(description).isEqualTo("Un résumé à la place.");
	}

	@Test
	void theFeedAnswersHeadAndUnknownSeriesAreNotFound() throws Exception {
		givenASeriesWithEpisodes();
		assertThat(this.mvc.head().uri("/fr/podcasts/mere-parfaite/feed.rss")).hasStatusOk()
			.hasContentType("application/rss+xml;charset=UTF-8");
		assertThat(this.mvc.get().uri("/fr/podcasts/inconnue/feed.rss")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/nl/podcasts/mere-parfaite/feed.rss")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void theSeriesAndEpisodePagesNameTheFeedForPodcastApps() throws Exception {
		givenASeriesWithEpisodes();
		for (String page : List.of("/fr/podcasts/mere-parfaite", "/fr/podcasts/mere-parfaite/le-mythe")) {
			var html = Html.parse(this.mvc.get().uri(page).exchange());
			assertThat(html.select("link[rel=alternate][type=application/rss+xml]").attr("href"))
				.isEqualTo(BASE + "/fr/podcasts/mere-parfaite/feed.rss");
		}
		assertThat(Html.parse(this.mvc.get().uri("/fr/podcasts/mere-parfaite").exchange())
			.select(".feed-address a")
			.text()).isEqualTo(BASE + "/fr/podcasts/mere-parfaite/feed.rss");
	}

	@Test
	void textThatXmlCannotCarryIsLeftOut() throws Exception {
		givenASeriesWithEpisodes();
		this.first.setTitle("Le mythe\u0001 <b>&</b>");
		this.episodes.saveAndFlush(this.first);
		Element item = items(channel(feed("/fr/podcasts/mere-parfaite/feed.rss"))).get(1);
		assertThat(text(item, "title")).isEqualTo("Le mythe <b>&</b>");
		assertThat(new String(this.mvc.get()
			.uri("/fr/podcasts/mere-parfaite/feed.rss")
			.exchange()
			.getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8)).doesNotContain("\u0001");
	}

}
