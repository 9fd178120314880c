package be.mmmbelgium.site.hostile;

import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import be.mmmbelgium.site.account.Account;
import be.mmmbelgium.site.account.AccountPrincipal;
import be.mmmbelgium.site.account.AccountRepository;
import be.mmmbelgium.site.account.Role;
import be.mmmbelgium.site.account.TestAccounts;
import be.mmmbelgium.site.media.MediaFile;
import be.mmmbelgium.site.media.MediaLibrary;
import be.mmmbelgium.site.news.NewsPost;
import be.mmmbelgium.site.news.NewsPostBuilder;
import be.mmmbelgium.site.news.NewsPostRepository;
import be.mmmbelgium.site.news.Tag;
import be.mmmbelgium.site.news.TagRepository;
import be.mmmbelgium.site.page.Page;
import be.mmmbelgium.site.page.PageBuilder;
import be.mmmbelgium.site.page.PageRepository;
import be.mmmbelgium.site.podcast.Episode;
import be.mmmbelgium.site.podcast.EpisodeRepository;
import be.mmmbelgium.site.podcast.PodcastBuilders;
import be.mmmbelgium.site.podcast.PodcastSeries;
import be.mmmbelgium.site.podcast.PodcastSeriesRepository;
import be.mmmbelgium.site.redirect.TestRedirects;
import be.mmmbelgium.site.test.TestMedia;
import be.mmmbelgium.site.web.Language;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * One item of every kind the site shows, published, for the hostile-input tests to reach
 * every route and form with real ids and slugs; and how those tests send a request and
 * judge its answer, collecting every failure so that one run names them all.
 */
final class HostileSite {

	static final String POST_SLUG = "une-actualite-hostile";

	static final String TAG_SLUG = "sujet-hostile";

	static final String PAGE_SLUG = "page-hostile";

	static final String SERIES_SLUG = "serie-hostile";

	static final String EPISODE_SLUG = "episode-hostile";

	final NewsPost post;

	final Page page;

	final PodcastSeries series;

	final Episode episode;

	final MediaFile file;

	final long redirect;

	final Account other;

	final AccountPrincipal admin;

	private final List<String> failures = new ArrayList<>();

	private HostileSite(Builder builder) {
		this.post = builder.post;
		this.page = builder.page;
		this.series = builder.series;
		this.episode = builder.episode;
		this.file = builder.file;
		this.redirect = builder.redirect;
		this.other = builder.other;
		this.admin = builder.admin;
	}

	/**
	 * The items, saved through the repositories of {@code context}, and an admin to sign
	 * in as.
	 */
	static HostileSite create(ApplicationContext context) {
		Builder builder = new Builder();
		MediaLibrary media = context.getBean(MediaLibrary.class);
		MediaFile image = TestMedia.add(media, "couverture.png", TestMedia.png(1400, 1400));
		builder.file = TestMedia.add(media, "document.pdf", TestMedia.pdf());
		MediaFile audio = TestMedia.add(media, "episode.mp3", TestMedia.mp3(2));
		Tag tag = context.getBean(TagRepository.class).save(new Tag(UUID.randomUUID(), Language.FR, TAG_SLUG, "Sujet"));
		builder.post = context.getBean(NewsPostRepository.class)
			.saveAndFlush(NewsPostBuilder.post().slug(POST_SLUG).cover(image).tagged(tag).build());
		builder.page = context.getBean(PageRepository.class).saveAndFlush(PageBuilder.page().slug(PAGE_SLUG).build());
		builder.series = context.getBean(PodcastSeriesRepository.class)
			.saveAndFlush(PodcastBuilders.series().slug(SERIES_SLUG).build());
		builder.episode = context.getBean(EpisodeRepository.class)
			.saveAndFlush(PodcastBuilders.episode(builder.series).slug(EPISODE_SLUG).audio(audio).build());
		builder.redirect = TestRedirects.add(context.getBean(EntityManager.class), "/ancienne-adresse-hostile", "/fr/");
		AccountRepository accounts = context.getBean(AccountRepository.class);
		PasswordEncoder encoder = context.getBean(PasswordEncoder.class);
		builder.other = accounts.saveAndFlush(TestAccounts.account(Role.CONTRIBUTOR, encoder));
		builder.admin = TestAccounts.principal(accounts.saveAndFlush(TestAccounts.account(Role.ADMIN, encoder)));
		return new HostileSite(builder);
	}

	/** Where a route's variables are filled in with this site's items. */
	String fill(String pattern) {
		String kind = pattern.startsWith("/admin/") ? pattern.split("/")[2] : "";
		String id = switch (kind) {
			case "news" -> String.valueOf(this.post.getId());
			case "pages" -> String.valueOf(this.page.getId());
			case "podcasts" -> String.valueOf(this.series.getId());
			case "episodes" -> String.valueOf(this.episode.getId());
			case "media" -> String.valueOf(this.file.getId());
			case "redirects" -> String.valueOf(this.redirect);
			default -> String.valueOf(this.other.getId());
		};
		return pattern.replace("{id}", id)
			.replace("{lang:fr|nl|en}", "fr")
			.replace("{seriesSlug}", SERIES_SLUG)
			.replace("{episodeSlug}", EPISODE_SLUG)
			.replace("{year}", "2026")
			.replace("{language}", "fr")
			.replace("{part}", "1")
			.replace("{*key}", this.file.getStorageKey())
			.replace("{*rest}", "actualites")
			.replace("{token}", "a".repeat(43))
			.replace("{revision}", "1")
			.replace("{slug}", pattern.contains("/sujet/") ? TAG_SLUG
					: pattern.startsWith("/{lang") && pattern.indexOf('/', 2) < 0 ? PAGE_SLUG : POST_SLUG);
	}

	/**
	 * Sends a request, as {@code who} when not null, and judges the answer: never a 5xx,
	 * never live markup.
	 */
	MvcTestResult send(MockMvcTester mvc, AbstractMockHttpServletRequestBuilder<?> request, AccountPrincipal who,
			String what) {
		if (who != null) {
			request.with(user(who));
		}
		MvcTestResult result = mvc.perform(request);
		judge(result, what);
		return result;
	}

	void judge(MvcTestResult result, String what) {
		if (result.getUnresolvedException() != null) {
			fail(what, "threw " + result.getUnresolvedException());
			return;
		}
		int status = result.getResponse().getStatus();
		if (status >= 500) {
			fail(what, "answered " + status + " " + String.valueOf(result.getMvcResult().getResolvedException()));
		}
		String location = result.getResponse().getHeader("Location");
		if (location != null && !location.matches("/(?![/\\\\])[^\\s\\p{Cntrl}]*")) {
			fail(what, "redirected off the site to " + HostileInputs.abbreviate(location));
		}
		String type = result.getResponse().getContentType();
		if (type != null && type.startsWith("text/html")) {
			List<String> live = HostileInputs.liveMarkup(page(result));
			if (!live.isEmpty()) {
				fail(what, "rendered live markup " + live);
			}
		}
	}

	/** The status of the answer, or 500 when the request failed with an exception. */
	static int status(MvcTestResult result) {
		return (result.getUnresolvedException() != null) ? 500 : result.getResponse().getStatus();
	}

	void fail(String what, String how) {
		this.failures.add(what + ": " + how);
	}

	/** Every failure found so far, one a line; empty when there was none. */
	List<String> failures() {
		return this.failures;
	}

	static Document page(MvcTestResult result) {
		try {
			return Jsoup.parse(result.getResponse().getContentAsString());
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The form sent as a browser would, with {@code field} set to {@code value}. */
	static AbstractMockHttpServletRequestBuilder<?> request(HtmlForm form, String field, String value,
			RequestPostProcessor csrf) {
		AbstractMockHttpServletRequestBuilder<?> request = form.multipart()
				? MockMvcRequestBuilders.multipart(HttpMethod.POST, form.action())
				: MockMvcRequestBuilders.request(form.method(), form.action());
		for (Map.Entry<String, String> entry : form.fields().entrySet()) {
			String sent = entry.getKey().equals(field) ? value : entry.getValue();
			if (sent != null && !entry.getKey().equals(HtmlForm.CSRF)) {
				request.param(entry.getKey(), sent);
			}
		}
		if (csrf != null) {
			request.with(csrf);
		}
		return request;
	}

	private static final class Builder {

		NewsPost post;

		Page page;

		PodcastSeries series;

		Episode episode;

		MediaFile file;

		long redirect;

		Account other;

		AccountPrincipal admin;

	}

}
