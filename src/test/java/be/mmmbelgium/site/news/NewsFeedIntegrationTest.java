package be.mmmbelgium.site.news;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import be.mmmbelgium.site.content.MarkdownRenderer;
import be.mmmbelgium.site.media.MediaFile;
import be.mmmbelgium.site.media.MediaLibrary;
import be.mmmbelgium.site.test.Html;
import be.mmmbelgium.site.test.SiteIntegrationTest;
import be.mmmbelgium.site.test.TestMedia;
import be.mmmbelgium.site.web.Language;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Atom feeds of the news: per language and per subject, visible posts only, whole and
 * with absolute addresses; every page names its language's feed.
 */
@SiteIntegrationTest
class NewsFeedIntegrationTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	NewsPostRepository posts;

	@Autowired
	TagRepository tags;

	@Autowired
	MediaLibrary media;

	@Autowired
	MarkdownRenderer markdown;

	Document atom(String path) throws Exception {
		var result = this.mvc.get().uri(path).exchange();
		assertThat(result).hasStatusOk().hasContentType("application/atom+xml;charset=UTF-8");
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8), "", Parser.xmlParser());
	}

	@Test
	void aLanguagesFeedCarriesItsVisiblePostsWholeWithAbsoluteAddresses() throws Exception {
		MediaFile cover = TestMedia.add(this.media, "couverture.png", TestMedia.png(300, 200));
		Tag health = this.tags.save(new Tag(UUID.randomUUID(), Language.FR, "sante", "Santé"));
		NewsPost post = NewsPostBuilder.post()
			.slug("dans-le-flux")
			.title("Dans le flux & ailleurs")
			.tagged(health)
			.cover(cover)
			.build();
		post.setBody(this.markdown.render("Voir [la mission](/fr/mission) et **plus**."));
		this.posts.saveAndFlush(post);
		this.posts.saveAndFlush(NewsPostBuilder.post().slug("brouillon").draft().build());
		this.posts.saveAndFlush(NewsPostBuilder.post().in(Language.NL).slug("nederlands").build());

		Document feed = atom("/fr/actualites/feed.atom");

		assertThat(feed.select("feed > link[rel=self]").attr("href"))
			.isEqualTo("https://www.example.test/fr/actualites/feed.atom");
		assertThat(feed.select("entry > title").eachText()).containsExactly("Dans le flux & ailleurs");
		assertThat(feed.select("entry > link").attr("href"))
			.isEqualTo("https://www.example.test/fr/actualites/dans-le-flux");
		assertThat(feed.select("entry > id").text()).isEqualTo("tag:mmmbelgium.be,2015:news/" + post.getId());
		assertThat(feed.select("entry > category").attr("term")).isEqualTo("Santé");
		Document content = Jsoup.parse(feed.select("entry > content").text());
		assertThat(content.select("a").attr("href")).isEqualTo("https://www.example.test/fr/mission");
		assertThat(content.select("img").attr("src"))
			.isEqualTo("https://www.example.test/media/" + cover.getStorageKey());
		assertThat(content.select("strong").text()).isEqualTo("plus");

		assertThat(atom("/fr/actualites/sujet/sante/feed.atom").select("entry > title").eachText())
			.containsExactly("Dans le flux & ailleurs");
		assertThat(this.mvc.get().uri("/fr/actualites/sujet/inconnu/feed.atom")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(Html.parse(this.mvc.get().uri("/fr/actualites/sujet/sante").exchange())
			.select("link[rel=alternate][type=application/atom+xml]")
			.eachAttr("href")).containsExactly("https://www.example.test/fr/actualites/feed.atom",
					"https://www.example.test/fr/actualites/sujet/sante/feed.atom");
	}

	@Test
	void everyPageNamesItsLanguagesFeed() {
		assertThat(Html.parse(this.mvc.get().uri("/nl/nieuws").exchange())
			.select("link[rel=alternate][type=application/atom+xml]")
			.attr("href")).isEqualTo("https://www.example.test/nl/nieuws/feed.atom");
	}

}
