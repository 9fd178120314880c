package be.mmmbelgium.site.podcast;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import be.mmmbelgium.site.account.AccountPrincipal;
import be.mmmbelgium.site.account.AccountRepository;
import be.mmmbelgium.site.account.Role;
import be.mmmbelgium.site.account.TestAccounts;
import be.mmmbelgium.site.media.MediaFile;
import be.mmmbelgium.site.media.MediaLibrary;
import be.mmmbelgium.site.test.Html;
import be.mmmbelgium.site.test.SiteIntegrationTest;
import be.mmmbelgium.site.test.TestMedia;
import be.mmmbelgium.site.web.Language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Podcasts in the back-office: editors keep the series settings, volunteers write
 * episodes with their audio, and everything content shares (translations, trash,
 * revisions) works for episodes too.
 */
@SiteIntegrationTest
class PodcastEditingIntegrationTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	PodcastSeriesRepository series;

	@Autowired
	EpisodeRepository episodes;

	@Autowired
	MediaLibrary media;

	AccountPrincipal person(Role role) {
		return TestAccounts.principal(this.accounts.saveAndFlush(TestAccounts.account(role, this.encoder)));
	}

	@Test
	void anEditorSetsUpASeriesWhoseCoverMustBeSquareAndLargeEnough() {
		AccountPrincipal editor = person(Role.EDITOR);
		MockMultipartFile small = new MockMultipartFile("coverUpload", "petite.png", "image/png",
				TestMedia.png(1000, 1000));

		assertThat(this.mvc.post()
			.multipart()
			.uri("/admin/podcasts/new")
			.file(small)
			.param("language", "FR")
			.param("title", "Une mère presque parfaite")
			.param("author", "Make Mothers Matter Belgium")
			.param("ownerEmail", "podcast@example.org")
			.param("category", "Kids & Family")
			.param("audioLanguage", "FR")
			.with(user(editor))
			.with(csrf())).hasStatusOk().bodyText().contains("doit être carrée", "1000 × 1000");

		MediaFile square = TestMedia.add(this.media, "carre.png", TestMedia.png(1400, 1400));
		assertThat(this.mvc.post()
			.uri("/admin/podcasts/new")
			.param("language", "FR")
			.param("title", "Une mère presque parfaite")
			.param("author", "Make Mothers Matter Belgium")
			.param("ownerEmail", "podcast@example.org")
			.param("category", "Kids & Family")
			.param("subcategory", "Parenting")
			.param("audioLanguage", "FR")
			.param("explicit", "false")
			.param("coverId", String.valueOf(square.getId()))
			.with(user(editor))
			.with(csrf())).hasStatus3xxRedirection();
		PodcastSeries created = this.series.findAll()
			.stream()
			.filter((found) -> found.getSlug().equals("une-mere-presque-parfaite"))
			.findFirst()
			.orElseThrow();
		assertThat(created.getCover().getWidth()).isEqualTo(1400);
		assertThat(created.getOwnerEmail()).isEqualTo("podcast@example.org");
		assertThat(created.getSubcategory()).isEqualTo("Parenting");
		assertThat(this.mvc.get().uri("/admin/podcasts/new").with(user(person(Role.CONTRIBUTOR))))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void aVolunteerWritesAnEpisodeWithItsAudioMeasuredAndPreviewsIt() {
		AccountPrincipal volunteer = person(Role.CONTRIBUTOR);
		PodcastSeries show = this.series.saveAndFlush(PodcastBuilders.series().build());
		MockMultipartFile audio = new MockMultipartFile("audioUpload", "episode-4.mp3", "audio/mpeg",
				TestMedia.mp3(95));

		assertThat(this.mvc.post()
			.multipart()
			.uri("/admin/episodes/new")
			.file(audio)
			.param("seriesId", String.valueOf(show.getId()))
			.param("title", "La charge mentale")
			.param("number", "4")
			.param("showNotes", "Avec **des invitées**.")
			.param("transcript", "— Bonjour.")
			.with(user(volunteer))
			.with(csrf())).hasStatus3xxRedirection();

		Episode episode = this.episodes.findAll()
			.stream()
			.filter((found) -> found.getSlug().equals("la-charge-mentale"))
			.findFirst()
			.orElseThrow();
		assertThat(episode.getAudioFile().getMediaType()).isEqualTo("audio/mpeg");
		assertThat(episode.getDurationSeconds()).isEqualTo(95);
		assertThat(episode.getAudioByteLength()).isEqualTo(TestMedia.mp3(95).length);
		assertThat(episode.getAuthorId()).isEqualTo(volunteer.id());
		Document preview = Html.parse(
				this.mvc.get().uri("/admin/episodes/" + episode.getId() + "/preview").with(user(volunteer)).exchange());
		assertThat(preview.select("audio").attr("src")).isEqualTo("/media/" + episode.getAudioFile().getStorageKey());
		assertThat(preview.select("main").text()).contains("des invitées", "Bonjour");
		assertThat(preview.select("main .meta").text()).as("a draft has no date yet").doesNotContain("· ·");
		assertThat(preview.select("main .meta time[datetime='']")).isEmpty();
		assertThat(this.mvc.get().uri("/fr/podcasts/" + show.getSlug() + "/la-charge-mentale"))
			.hasStatus(HttpStatus.NOT_FOUND);

		assertThat(this.mvc.post()
			.uri("/admin/episodes/new")
			.param("seriesId", String.valueOf(show.getId()))
			.param("title", "Un autre")
			.param("number", "4")
			.with(user(volunteer))
			.with(csrf())).hasStatusOk().bodyText().contains("porte déjà ce numéro");
		MockMultipartFile picture = new MockMultipartFile("audioUpload", "son.mp3", "audio/mpeg",
				TestMedia.png(10, 10));
		assertThat(this.mvc.post()
			.multipart()
			.uri("/admin/episodes/new")
			.file(picture)
			.param("seriesId", String.valueOf(show.getId()))
			.param("title", "Un autre")
			.param("number", "5")
			.with(user(volunteer))
			.with(csrf())).hasStatusOk().bodyText().contains("pas du type demandé");
	}

	@Test
	void aNewEpisodeGoesToASeriesInTheLanguageOfItsWriterWhoIsToldWhatIsMissingInTheirLanguage() {
		PodcastSeries french = this.series.saveAndFlush(PodcastBuilders.series().title("Une série").build());
		PodcastSeries english = this.series
			.saveAndFlush(PodcastBuilders.series().in(Language.EN).translating(french).title("A series").build());
		AccountPrincipal volunteer = TestAccounts
			.principal(this.accounts.saveAndFlush(TestAccounts.account(Role.CONTRIBUTOR, this.encoder, Language.EN)));

		AccountPrincipal bénévole = TestAccounts
			.principal(this.accounts.saveAndFlush(TestAccounts.account(Role.CONTRIBUTOR, this.encoder, Language.FR)));

		Document form = Html.parse(this.mvc.get().uri("/admin/episodes/new").with(user(volunteer)).exchange());
		assertThat(form.select("#seriesId option[selected]").attr("value")).isEqualTo(String.valueOf(english.getId()));
		Document formulaire = Html.parse(this.mvc.get().uri("/admin/episodes/new").with(user(bénévole)).exchange());
		assertThat(formulaire.select("#seriesId option[selected]").attr("value"))
			.isEqualTo(String.valueOf(french.getId()));

		MvcTestResult refused = this.mvc.post()
			.uri("/admin/episodes/new")
			.param("seriesId", String.valueOf(english.getId()))
			.param("title", "Finding support")
			.param("number", "")
			.with(user(volunteer))
			.with(csrf())
			.exchange();
		assertThat(refused).hasStatusOk();
		assertThat(Html.parse(refused).select("#number-error").text()).isEqualTo("This field is required.");

		MvcTestResult notANumber = this.mvc.post()
			.uri("/admin/episodes/new")
			.param("seriesId", String.valueOf(english.getId()))
			.param("title", "Finding support")
			.param("number", "two")
			.with(user(volunteer))
			.with(csrf())
			.exchange();
		assertThat(Html.parse(notANumber).select("#number-error").text()).isEqualTo("Give a whole number, in digits.");
	}

	@Test
	void anEpisodeIsTranslatedIntoTheSeriesOfItsLanguageOnceThatExists() {
		AccountPrincipal editor = person(Role.EDITOR);
		PodcastSeries french = this.series.saveAndFlush(PodcastBuilders.series().build());
		Episode episode = this.episodes.saveAndFlush(PodcastBuilders.episode(french).title("Épisode").build());

		assertThat(this.mvc.post()
			.uri("/admin/episodes/" + episode.getId() + "/translate")
			.param("language", "NL")
			.with(user(editor))
			.with(csrf())).hasRedirectedUrl("/admin/episodes/" + episode.getId());
		assertThat(this.episodes.findByTranslationGroup(episode.getTranslationGroup())).hasSize(1);

		PodcastSeries dutch = this.series
			.saveAndFlush(PodcastBuilders.series().in(Language.NL).translating(french).slug("een-bijna").build());
		assertThat(this.mvc.post()
			.uri("/admin/episodes/" + episode.getId() + "/translate")
			.param("language", "NL")
			.with(user(editor))
			.with(csrf())).hasStatus3xxRedirection();
		Episode translation = this.episodes.findByTranslationGroup(episode.getTranslationGroup())
			.stream()
			.filter((found) -> found.getLanguage() == Language.NL)
			.findFirst()
			.orElseThrow();
		assertThat(translation.getSeries().getId()).isEqualTo(dutch.getId());
		assertThat(translation.getSourceId()).isEqualTo(episode.getId());
	}

	@Test
	void aSeriesWithoutItsSquareCoverCannotBePublished() {
		AccountPrincipal editor = person(Role.EDITOR);
		PodcastSeries show = this.series.saveAndFlush(PodcastBuilders.series().slug("sans-image").draft().build());
		var refused = this.mvc.post()
			.uri("/admin/podcasts/" + show.getId() + "/publish")
			.with(user(editor))
			.with(csrf())
			.exchange();
		assertThat(refused.getMvcResult().getFlashMap().get("message")).isEqualTo("podcast.cover.required");
		assertThat(this.series.findById(show.getId()).orElseThrow().getPublishedAt()).isNull();
		assertThat(this.mvc.get().uri("/fr/podcasts/sans-image")).hasStatus(HttpStatus.NOT_FOUND);

		show.setCover(TestMedia.add(this.media, "carre.png", TestMedia.png(1400, 1400)));
		this.series.saveAndFlush(show);
		this.mvc.post().uri("/admin/podcasts/" + show.getId() + "/publish").with(user(editor)).with(csrf()).exchange();
		assertThat(this.mvc.get().uri("/fr/podcasts/sans-image")).hasStatusOk();
	}

	@Test
	void anEpisodeWithoutItsSoundIsNotPublishedAndItsFormSaysWhatItLacksWithTheOtherErrors() throws Exception {
		AccountPrincipal editor = person(Role.EDITOR);
		PodcastSeries show = this.series.saveAndFlush(PodcastBuilders.series().build());

		var publishing = this.mvc.post()
			.uri("/admin/episodes/new")
			.param("seriesId", String.valueOf(show.getId()))
			.param("title", "Sans le son")
			.param("intent", "PUBLISH")
			.with(user(editor))
			.with(csrf())
			.exchange();

		assertThat(publishing).hasStatusOk();
		Document form = Jsoup.parse(publishing.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(form.select(".error-summary a").eachAttr("href")).as("both said at once")
			.contains("#number", "#audioId");
		assertThat(form.select(".error-summary a[href=#audioId]").text()).contains("sans son");
		assertThat(this.episodes.findAll()).noneMatch((found) -> found.getTitle().equals("Sans le son"));
	}

	@Test
	void aTrashedEpisodeAnswersGoneUntilRestored() {
		AccountPrincipal editor = person(Role.EDITOR);
		PodcastSeries show = this.series.saveAndFlush(PodcastBuilders.series().slug("emission").build());
		Episode episode = this.episodes.saveAndFlush(PodcastBuilders.episode(show).slug("premier").build());
		assertThat(this.mvc.get().uri("/fr/podcasts/emission/premier")).hasStatusOk();

		this.mvc.post().uri("/admin/episodes/" + episode.getId() + "/trash").with(user(editor)).with(csrf()).exchange();
		assertThat(this.mvc.get().uri("/fr/podcasts/emission/premier")).hasStatus(HttpStatus.GONE);

		this.mvc.post()
			.uri("/admin/episodes/" + episode.getId() + "/restore")
			.with(user(editor))
			.with(csrf())
			.exchange();
		this.mvc.post()
			.uri("/admin/episodes/" + episode.getId() + "/publish")
			.with(user(editor))
			.with(csrf())
			.exchange();
		assertThat(this.mvc.get().uri("/fr/podcasts/emission/premier")).hasStatusOk();
	}

	@Test
	void anEpisodeRevisionRestoresItsShowNotesAndTranscriptApart() {
		AccountPrincipal editor = person(Role.EDITOR);
		PodcastSeries show = this.series.saveAndFlush(PodcastBuilders.series().build());
		this.mvc.post()
			.uri("/admin/episodes/new")
			.param("seriesId", String.valueOf(show.getId()))
			.param("title", "Récit")
			.param("number", "7")
			.param("showNotes", "Notes A")
			.param("transcript", "Transcription A")
			.with(user(editor))
			.with(csrf())
			.exchange();
		Episode episode = this.episodes.findAll()
			.stream()
			.filter((found) -> found.getSlug().equals("recit"))
			.findFirst()
			.orElseThrow();
		this.mvc.post()
			.uri("/admin/episodes/" + episode.getId())
			.param("seriesId", String.valueOf(show.getId()))
			.param("title", "Récit")
			.param("number", "7")
			.param("showNotes", "Notes B")
			.param("transcript", "Transcription B")
			.param("version", String.valueOf(episode.getVersion()))
			.with(user(editor))
			.with(csrf())
			.exchange();

		Document history = Html
			.parse(this.mvc.get().uri("/admin/episodes/" + episode.getId() + "/history").with(user(editor)).exchange());
		String first = history.select("input[name=from]").last().val();
		this.mvc.post()
			.uri("/admin/episodes/" + episode.getId() + "/history/" + first + "/restore")
			.with(user(editor))
			.with(csrf())
			.exchange();

		Episode restored = this.episodes.findById(episode.getId()).orElseThrow();
		assertThat(restored.getShowNotes().getMarkdown()).isEqualTo("Notes A");
		assertThat(restored.getTranscript().getMarkdown()).isEqualTo("Transcription A");
	}

	@Test
	void anEpisodeMayPlayAudioHostedElsewhereGivenItsLengthTypeAndDuration() {
		AccountPrincipal editor = person(Role.EDITOR);
		PodcastSeries show = this.series.saveAndFlush(PodcastBuilders.series().build());

		assertThat(this.mvc.post()
			.uri("/admin/episodes/new")
			.param("seriesId", String.valueOf(show.getId()))
			.param("title", "Ailleurs")
			.param("number", "9")
			.param("audioUrl", "http://audio.example.org/9.mp3")
			.with(user(editor))
			.with(csrf())).hasStatusOk().bodyText().contains("https://");
		assertThat(this.mvc.post()
			.uri("/admin/episodes/new")
			.param("seriesId", String.valueOf(show.getId()))
			.param("title", "Ailleurs")
			.param("number", "9")
			.param("audioUrl", "https://audio.example.org/9.mp3")
			.with(user(editor))
			.with(csrf())).hasStatusOk().bodyText().contains("ont besoin de cette information");

		assertThat(this.mvc.post()
			.uri("/admin/episodes/new")
			.param("seriesId", String.valueOf(show.getId()))
			.param("title", "Ailleurs")
			.param("number", "9")
			.param("audioUrl", "https://audio.example.org/9.mp3")
			.param("audioByteLength", "31415926")
			.param("audioMediaType", "audio/mpeg")
			.param("durationSeconds", "1962")
			.with(user(editor))
			.with(csrf())).hasStatus3xxRedirection();
		Episode episode = this.episodes.findAll()
			.stream()
			.filter((found) -> found.getSlug().equals("ailleurs"))
			.findFirst()
			.orElseThrow();
		assertThat(episode.getAudioUrl()).isEqualTo("https://audio.example.org/9.mp3");
		assertThat(episode.getAudioByteLength()).isEqualTo(31415926L);
		assertThat(episode.getDurationSeconds()).isEqualTo(1962);
	}

}
