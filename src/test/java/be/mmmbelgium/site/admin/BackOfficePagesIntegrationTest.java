package be.mmmbelgium.site.admin;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import be.mmmbelgium.site.account.AccountPrincipal;
import be.mmmbelgium.site.account.AccountRepository;
import be.mmmbelgium.site.account.Role;
import be.mmmbelgium.site.account.TestAccounts;
import be.mmmbelgium.site.media.MediaFile;
import be.mmmbelgium.site.media.MediaLibrary;
import be.mmmbelgium.site.news.NewsPost;
import be.mmmbelgium.site.news.NewsPostBuilder;
import be.mmmbelgium.site.news.NewsPostRepository;
import be.mmmbelgium.site.page.Page;
import be.mmmbelgium.site.page.PageBuilder;
import be.mmmbelgium.site.page.PageRepository;
import be.mmmbelgium.site.podcast.Episode;
import be.mmmbelgium.site.podcast.EpisodeRepository;
import be.mmmbelgium.site.podcast.PodcastBuilders;
import be.mmmbelgium.site.podcast.PodcastSeries;
import be.mmmbelgium.site.podcast.PodcastSeriesRepository;
import be.mmmbelgium.site.test.FixedClock;
import be.mmmbelgium.site.test.Html;
import be.mmmbelgium.site.test.PostgresTest;
import be.mmmbelgium.site.test.TestMedia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Every page of the back-office for an item of each kind, with all it refers to (cover,
 * documents, audio, parent page), rendered as on the running site: outside any test
 * transaction, so that nothing the views read is left unloaded. What it saves is
 * committed, so it runs in an application context, and a database, of its own.
 */
@SpringBootTest(properties = "spring.application.name=back-office-pages-test")
@AutoConfigureMockMvc
@PostgresTest
@Import(FixedClock.class)
class BackOfficePagesIntegrationTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	NewsPostRepository posts;

	@Autowired
	PodcastSeriesRepository series;

	@Autowired
	EpisodeRepository episodes;

	@Autowired
	PageRepository pages;

	@Autowired
	MediaLibrary media;

	@Test
	void everyListFormHistoryAndPreviewRendersForAnItemWithAllItRefersTo() {
		long adminId = this.accounts.saveAndFlush(TestAccounts.account(Role.ADMIN, this.encoder)).getId();
		// As the database keeps it, as a real sign-in would read it.
		AccountPrincipal admin = TestAccounts.principal(this.accounts.findById(adminId).orElseThrow());
		MediaFile image = TestMedia.add(this.media, "couverture.png", TestMedia.png(1400, 1400));
		MediaFile pdf = TestMedia.add(this.media, "document.pdf", TestMedia.pdf());
		MediaFile audio = TestMedia.add(this.media, "son.mp3", TestMedia.mp3(3));
		NewsPost post = NewsPostBuilder.post().slug("avec-tout").cover(image).build();
		post.attach(pdf, "Le document");
		post = this.posts.saveAndFlush(post);
		PodcastSeries show = PodcastBuilders.series().build();
		show.setCover(image);
		show = this.series.saveAndFlush(show);
		Episode episode = this.episodes.saveAndFlush(PodcastBuilders.episode(show).audio(audio).build());
		Page parent = this.pages.saveAndFlush(PageBuilder.page().slug("parent").build());
		Page page = this.pages.saveAndFlush(PageBuilder.page().slug("enfant").under(parent).build());

		List<String> paths = List.of("/admin", "/admin/news", "/admin/news/new", "/admin/news/" + post.getId(),
				"/admin/news/" + post.getId() + "/history", "/admin/news/" + post.getId() + "/preview",
				"/admin/podcasts", "/admin/podcasts/new", "/admin/podcasts/" + show.getId(),
				"/admin/podcasts/" + show.getId() + "/history", "/admin/episodes", "/admin/episodes/new",
				"/admin/episodes/" + episode.getId(), "/admin/episodes/" + episode.getId() + "/history",
				"/admin/episodes/" + episode.getId() + "/preview", "/admin/pages", "/admin/pages/new",
				"/admin/pages/" + page.getId(), "/admin/pages/" + page.getId() + "/history",
				"/admin/pages/" + page.getId() + "/preview", "/admin/media", "/admin/media/" + image.getId(),
				"/admin/media/" + audio.getId(), "/admin/media/" + pdf.getId(), "/admin/redirects",
				"/admin/redirects/new", firstRedirect(admin));
		for (String path : paths) {
			var result = this.mvc.get().uri(path).with(user(admin)).exchange();
			assertThat(result.getResponse().getStatus()).as(path + " " + result.getResponse().getRedirectedUrl())
				.isEqualTo(200);
		}
	}

	/** The form of the first redirect the migration seeds, as its list links to it. */
	private String firstRedirect(AccountPrincipal admin) {
		return Html.parse(this.mvc.get().uri("/admin/redirects").with(user(admin)).exchange())
			.select("tbody a[href^=\"/admin/redirects/\"]")
			.first()
			.attr("href");
	}

}
