package be.mmmbelgium.site.content;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import be.mmmbelgium.site.account.AccountPrincipal;
import be.mmmbelgium.site.account.AccountRepository;
import be.mmmbelgium.site.account.Role;
import be.mmmbelgium.site.account.TestAccounts;
import be.mmmbelgium.site.podcast.PodcastBuilders;
import be.mmmbelgium.site.podcast.PodcastSeries;
import be.mmmbelgium.site.test.SiteIntegrationTest;
import be.mmmbelgium.site.test.TestMedia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The plain path of review for every kind of content, through the back-office forms: its
 * writer creates an item, submits it for review (with the text just typed), opens it
 * again, restores a revision of it; its publisher opens it and publishes it, or publishes
 * a new item from its form in one step. No step may answer anything but what a person
 * expects (a 500 on an episode sent for review once hid behind news-only tests).
 */
@SiteIntegrationTest
class ReviewOfEveryKindIntegrationTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	EntityManager entities;

	/** The series of the episodes a test writes. */
	PodcastSeries series;

	/** The number of the episode a test's form writes. */
	String episodeNumber = "7";

	/**
	 * A kind of content: where it lives, who writes it, who publishes it, what its form
	 * needs.
	 */
	enum Kind {

		NEWS("/admin/news", Role.CONTRIBUTOR, Role.EDITOR, Map.of("language", "FR", "body", "Du **texte**.")),

		EPISODE("/admin/episodes", Role.CONTRIBUTOR, Role.EDITOR,
				Map.of("showNotes", "Des notes.", "audioUrl", "https://audio.example.org/episode-7.mp3",
						"audioByteLength", "12345678", "audioMediaType", "audio/mpeg", "durationSeconds", "1234")),

		PAGE("/admin/pages", Role.ADMIN, Role.ADMIN, Map.of("language", "FR", "body", "Une page.")),

		SERIES("/admin/podcasts", Role.EDITOR, Role.EDITOR,
				Map.of("language", "FR", "audioLanguage", "FR", "author", "MMM Belgium", "ownerEmail",
						"podcast@example.org", "category", "Kids & Family", "summary", "En bref."));

		final String path;

		final Role writer;

		final Role publisher;

		final Map<String, String> fields;

		Kind(String path, Role writer, Role publisher, Map<String, String> fields) {
			this.path = path;
			this.writer = writer;
			this.publisher = publisher;
			this.fields = fields;
		}

	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void itsWriterSubmitsAnItemForReviewAndItsPublisherPublishesIt(Kind kind) throws Exception {
		AccountPrincipal writer = person(kind.writer);
		AccountPrincipal publisher = person(kind.publisher);

		String item = create(kind, "Relecture de " + kind.name().toLowerCase(), writer);

		assertThat(post(item + "/submit", writer)).hasRedirectedUrl(item);
		assertThat(this.mvc.get().uri(item).with(user(writer))).hasStatusOk()
			.bodyText()
			.contains("Proposé à la relecture le");

		String history = this.mvc.get()
			.uri(item + "/history")
			.with(user(writer))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Matcher revision = Pattern.compile("action=\"" + Pattern.quote(item) + "/history/(\\d+)/restore\"")
			.matcher(history);
		assertThat(revision.find()).as("the history offers to restore a revision").isTrue();
		assertThat(post(item + "/history/" + revision.group(1) + "/restore", writer)).hasRedirectedUrl(item);
		assertThat(this.mvc.get().uri(item).with(user(writer))).hasStatusOk();

		assertThat(this.mvc.get().uri(item).with(user(publisher))).hasStatusOk()
			.bodyText()
			.contains("Proposé à la relecture le");
		assertThat(post(item + "/publish", publisher)).hasRedirectedUrl(item);
		assertThat(this.mvc.get().uri(item).with(user(publisher))).hasStatusOk().bodyText().contains("Publiée");
	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void theTextChangedBeforeSubmittingIsSavedWithTheSubmission(Kind kind) throws Exception {
		AccountPrincipal writer = person(kind.writer);
		String item = create(kind, "Premier jet", writer);

		MvcTestResult submitted = this.mvc
			.perform(form(kind, item, "Texte corrigé avant relecture", writer).param("version", "0")
				.param("intent", "SUBMIT"));

		assertThat(submitted).hasRedirectedUrl(item).flash().containsEntry("message", "content.savedAndSubmitted");
		assertThat(this.mvc.get().uri(item).with(user(writer))).hasStatusOk()
			.bodyText()
			.contains("Proposé à la relecture le", "Texte corrigé avant relecture");
	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void itsPublisherPublishesANewItemFromItsFormInOneStep(Kind kind) throws Exception {
		AccountPrincipal publisher = person(kind.publisher);

		MvcTestResult published = this.mvc
			.perform(form(kind, kind.path + "/new", "Publié d’un coup", publisher).param("intent", "PUBLISH"));

		assertThat(published).hasStatus3xxRedirection().flash().containsEntry("message", "content.publishedNow");
		String page = this.mvc.get()
			.uri(published.getResponse().getRedirectedUrl())
			.with(user(publisher))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String live = Jsoup.parse(page)
			.select("main a")
			.stream()
			.filter((link) -> link.text().equals("Voir sur le site"))
			.findFirst()
			.orElseThrow()
			.attr("href");
		assertThat(this.mvc.get().uri(live)).hasStatusOk().bodyText().contains("Publié d’un coup");
	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void aDateInTheFutureSchedulesWhatIsPublishedFromTheForm(Kind kind) throws Exception {
		AccountPrincipal publisher = person(kind.publisher);

		MvcTestResult scheduled = this.mvc
			.perform(form(kind, kind.path + "/new", "Pour plus tard", publisher).param("publishAt", "2031-03-08T09:00")
				.param("intent", "PUBLISH"));

		assertThat(scheduled).hasStatus3xxRedirection().flash().containsEntry("message", "content.scheduled");
		assertThat(this.mvc.get().uri(scheduled.getResponse().getRedirectedUrl()).with(user(publisher))).hasStatusOk()
			.bodyText()
			.contains("Programmée")
			.doesNotContain("Voir sur le site");

		Document list = Jsoup.parse(this.mvc.get()
			.uri(kind.path)
			.with(user(publisher))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(list.select("tbody tr:has(a:containsOwn(Pour plus tard))").text())
			.as("the list says when it comes and who wrote it")
			.contains("Programmée", "2031", "Une personne");
	}

	@ParameterizedTest
	@EnumSource(value = Kind.class, names = { "NEWS", "EPISODE" })
	void theReviewerSeesWhoWroteItAndSendsItBackWithANoteTheAuthorReads(Kind kind) throws Exception {
		AccountPrincipal author = person(kind.writer);
		AccountPrincipal reviewer = person(kind.publisher);
		String item = create(kind, "À revoir", author);
		post(item + "/submit", author);

		Document review = Jsoup.parse(this.mvc.get()
			.uri(item)
			.with(user(reviewer))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(review.select("#review-title").text()).isEqualTo("Relecture");
		assertThat(review.select("main").text()).contains("Écrit par Une personne");

		assertThat(this.mvc.post().uri(item + "/send-back").param("note", "   ").with(user(reviewer)).with(csrf()))
			.hasRedirectedUrl(item)
			.flash()
			.containsEntry("message", "content.sendBack.noteRequired");
		assertThat(this.mvc.post()
			.uri(item + "/send-back")
			.param("note", "Ajoutez la date de l’événement.")
			.with(user(reviewer))
			.with(csrf())).hasRedirectedUrl(item).flash().containsEntry("message", "content.sentBack");
		assertThat(post(item + "/send-back", author)).as("only a publisher sends back").hasStatus(HttpStatus.FORBIDDEN);

		Document back = Jsoup.parse(this.mvc.get()
			.uri(item)
			.with(user(author))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(back.select("main [role=status]").text()).contains("Renvoyé par Une personne, qui demande :",
				"Ajoutez la date de l’événement.");
		assertThat(back.select(".meta").text()).contains("Brouillon");
		assertThat(back.select("main form button[name=intent]").eachAttr("value")).contains("SUBMIT");

		Document start = Jsoup.parse(this.mvc.get()
			.uri("/admin")
			.with(user(author))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(start.select("#sent-back-title").text()).as("the author's start page says so")
			.isEqualTo("Renvoyé pour modification");
		assertThat(start.select(".sent-back li").text()).contains("À revoir", "renvoyé par Une personne",
				"« Ajoutez la date de l’événement. »");
		assertThat(start.select(".sent-back a").attr("href")).isEqualTo(item);
		assertThat(this.mvc.get().uri("/admin").with(user(reviewer))).bodyText()
			.as("nobody else's")
			.doesNotContain("Renvoyé pour modification");

		post(item + "/submit", author);
		assertThat(this.mvc.get().uri(item).with(user(author))).bodyText().doesNotContain("Ajoutez la date");
		assertThat(this.mvc.get().uri("/admin").with(user(author))).bodyText()
			.doesNotContain("Renvoyé pour modification");
	}

	@ParameterizedTest
	@EnumSource(value = Kind.class, names = { "NEWS", "EPISODE" })
	void aContributorReadsSomeoneElsesItemWithoutFieldsToTypeInNorButtons(Kind kind) throws Exception {
		String item = create(kind, "Écrit par quelqu’un d’autre", person(kind.writer));
		AccountPrincipal other = person(Role.CONTRIBUTOR);

		String page = this.mvc.get()
			.uri(item)
			.with(user(other))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		Document form = Jsoup.parse(page);
		assertThat(form.select("main [role=status]").text())
			.contains("Vous pouvez lire ce contenu mais pas le modifier");
		assertThat(form.select("main form fieldset.plain").attr("disabled")).isNotNull();
		assertThat(form.select("main form fieldset.plain[disabled]")).hasSize(1);
		assertThat(form.select("main form button[name=intent]")).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(value = Kind.class, names = { "NEWS", "PAGE", "SERIES" })
	void aTranslationTakesTheAddressOfItsOwnTitle(Kind kind) throws Exception {
		AccountPrincipal publisher = person(kind.publisher);
		String source = create(kind, "Le congé de maternité", publisher);
		MvcTestResult translated = this.mvc.post()
			.uri(source + "/translate")
			.param("language", "NL")
			.with(user(publisher))
			.with(csrf())
			.exchange();
		String translation = translated.getResponse().getRedirectedUrl();
		Document form = Jsoup.parse(this.mvc.get()
			.uri(translation)
			.with(user(publisher))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(form.select("#slug").val()).as("the slug, to be made from the translated title").isEmpty();
		assertThat(form.select("main .language-badge").text()).isEqualTo("En néerlandais");

		MockMultipartHttpServletRequestBuilder dutch = form(kind, translation, "Het moederschapsverlof", publisher)
			.param("language", "NL")
			.param("version", form.select("#version").val())
			.param("intent", "PUBLISH");
		assertThat(this.mvc.perform(dutch)).hasRedirectedUrl(translation);

		String page = this.mvc.get()
			.uri(translation)
			.with(user(publisher))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String live = Jsoup.parse(page)
			.select("main a")
			.stream()
			.filter((link) -> link.text().equals("Voir sur le site"))
			.findFirst()
			.orElseThrow()
			.attr("href");
		assertThat(live).startsWith("/nl/").matches(".*/het-moederschapsverlof\\?version=\\d+");
	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void aPublishedItemStaysAsItIsOnTheSiteUntilItsChangesArePublished(Kind kind) throws Exception {
		AccountPrincipal publisher = person(kind.publisher);
		MvcTestResult published = this.mvc
			.perform(form(kind, kind.path + "/new", "Version en ligne", publisher).param("slug", "une-adresse-stable")
				.param("intent", "PUBLISH"));
		String item = published.getResponse().getRedirectedUrl();
		String live = liveAddress(item, publisher);

		Document opened = page(item, publisher);
		MvcTestResult kept = this.mvc
			.perform(form(kind, item, "Version corrigée", publisher).param("slug", "une-adresse-stable")
				.param("version", opened.select("#version").val())
				.param("intent", "SAVE"));

		assertThat(kept).hasRedirectedUrl(item).flash().containsEntry("message", "content.changes.kept");
		assertThat(this.mvc.get().uri(live)).as("the site shows the published version")
			.hasStatusOk()
			.bodyText()
			.contains("Version en ligne")
			.doesNotContain("Version corrigée");
		Document form = page(item, publisher);
		assertThat(form.select("#title").val()).as("the form goes on with the changes").isEqualTo("Version corrigée");
		assertThat(form.select("#pending-title").text()).isEqualTo("Modifications pas encore en ligne");
		assertThat(form.select(".pending ins").text()).contains("corrigée");
		assertThat(form.select(".pending del").text()).contains("en ligne");
		assertThat(form.select("main form button[name=intent]").eachText()).containsExactly("Enregistrer sans publier",
				"Mettre à jour le site");
		if (kind != Kind.SERIES) {
			assertThat(this.mvc.get().uri(item + "/preview").with(user(publisher))).as("the preview shows the changes")
				.hasStatusOk()
				.bodyText()
				.contains("Version corrigée");
		}

		MvcTestResult putLive = this.mvc.post()
			.uri(item + "/changes/publish")
			.param("pendingVersion", form.select("#pendingVersion").val())
			.with(user(publisher))
			.with(csrf())
			.exchange();

		assertThat(putLive).hasRedirectedUrl(item).flash().containsEntry("message", "content.changes.published");
		assertThat(this.mvc.get().uri(live)).hasStatusOk().bodyText().contains("Version corrigée");
		assertThat(page(item, publisher).select("#pending-title")).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(value = Kind.class, names = { "NEWS", "EPISODE" })
	void aWritersChangesToTheirPublishedItemGoLiveOnlyOnceReviewed(Kind kind) throws Exception {
		AccountPrincipal author = person(kind.writer);
		AccountPrincipal reviewer = person(kind.publisher);
		String item = publishedThroughReview(kind, "Article relu", author, reviewer);
		String live = liveAddress(item, reviewer);

		Document opened = page(item, author);
		assertThat(opened.select("main form fieldset.plain[disabled]")).as("the author may change it").isEmpty();
		assertThat(opened.select("main form button[name=intent]").eachText())
			.containsExactly("Enregistrer sans publier", "Enregistrer et proposer les modifications");
		MvcTestResult submitted = this.mvc
			.perform(form(kind, item, "Article relu et complété", author).param("slug", "article-relu")
				.param("version", opened.select("#version").val())
				.param("intent", "SUBMIT"));

		assertThat(submitted).hasRedirectedUrl(item).flash().containsEntry("message", "content.changes.submitted");
		assertThat(this.mvc.get().uri(live)).hasStatusOk().bodyText().doesNotContain("complété");
		String pendingVersion = page(item, author).select("#pendingVersion").val();
		assertThat(this.mvc.post()
			.uri(item + "/changes/publish")
			.param("pendingVersion", pendingVersion)
			.with(user(author))
			.with(csrf())).as("its author may not put them live").hasStatus(HttpStatus.FORBIDDEN);
		Document list = Jsoup.parse(this.mvc.get()
			.uri(kind.path)
			.with(user(reviewer))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(list.select("tbody tr:has(a:containsOwn(Article relu))").text()).contains("Publiée",
				"Modifications à relire");
		Document start = page("/admin", reviewer);
		assertThat(start.select("#changes-title").text()).as("the reviewer's start page says so")
			.isEqualTo("Modifications proposées sur des contenus publiés");
		assertThat(start.select(".changes-to-review a").eachAttr("href")).containsExactly(item);

		Document review = page(item, reviewer);
		assertThat(review.select(".pending").text()).contains("Enregistrées par Une personne",
				"Proposées à la relecture le");
		assertThat(review.select("#review-title").text()).isEqualTo("Relecture");
		// The author adds a line after the reviewer opened the changes: what goes live is
		// what was read.
		this.mvc.perform(form(kind, item, "Article relu, complété puis modifié", author).param("slug", "article-relu")
			.param("version", opened.select("#version").val())
			.param("pendingVersion", pendingVersion)
			.param("intent", "SAVE"));
		assertThat(this.mvc.post()
			.uri(item + "/changes/publish")
			.param("pendingVersion", review.select("#pendingVersion").val())
			.with(user(reviewer))
			.with(csrf())).hasRedirectedUrl(item).flash().containsEntry("message", "content.changes.changedMeanwhile");
		assertThat(this.mvc.get().uri(live)).hasStatusOk().bodyText().doesNotContain("modifié");

		Document again = page(item, reviewer);
		assertThat(again.select(".pending ins").text()).contains("modifié");
		assertThat(this.mvc.post()
			.uri(item + "/changes/publish")
			.param("pendingVersion", again.select("#pendingVersion").val())
			.with(user(reviewer))
			.with(csrf())).hasRedirectedUrl(item).flash().containsEntry("message", "content.changes.published");
		assertThat(this.mvc.get().uri(live)).hasStatusOk().bodyText().contains("Article relu, complété puis modifié");
		assertThat(page("/admin", reviewer).select(".changes-to-review")).as("nothing awaits once live").isEmpty();
	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void changesToAPublishedItemSentBackShowOnTheirWritersStartPage(Kind kind) throws Exception {
		AccountPrincipal author = person(kind.writer);
		AccountPrincipal reviewer = person(kind.publisher);
		String item = publishedThroughReview(kind, "Article renvoyé", author, reviewer);
		Document opened = page(item, author);
		this.mvc.perform(form(kind, item, "Article renvoyé et complété", author).param("slug", "article-renvoye")
			.param("version", opened.select("#version").val())
			.param("intent", "SUBMIT"));
		assertThat(page("/admin", reviewer).select(".changes-to-review a").eachAttr("href"))
			.as("awaiting its reviewer, whatever the kind")
			.containsExactly(item);
		assertThat(this.mvc.post()
			.uri(item + "/send-back")
			.param("note", "Citez la source.")
			.with(user(reviewer))
			.with(csrf())).hasRedirectedUrl(item).flash().containsEntry("message", "content.sentBack");

		Document start = page("/admin", author);
		assertThat(start.select(".sent-back li").text()).contains("Article renvoyé", "renvoyé par Une personne",
				"« Citez la source. »");
		assertThat(start.select(".sent-back a").eachAttr("href")).containsExactly(item);
		assertThat(page("/admin", reviewer).select(".changes-to-review")).as("no longer awaiting review").isEmpty();
	}

	@ParameterizedTest
	@EnumSource(value = Kind.class, names = { "NEWS", "PAGE" })
	void changesKeptAsideAreDiscardedAndTheSiteKeepsItsVersion(Kind kind) throws Exception {
		AccountPrincipal publisher = person(kind.publisher);
		String item = this.mvc
			.perform(form(kind, kind.path + "/new", "Texte stable", publisher).param("intent", "PUBLISH"))
			.getResponse()
			.getRedirectedUrl();
		assertThat(this.mvc.perform(form(kind, item, "Texte abandonné", publisher)
			.param("version", page(item, publisher).select("#version").val())
			.param("slug", "texte-stable")
			.param("intent", "SAVE"))).hasRedirectedUrl(item);

		assertThat(page(item, publisher).select(".pending form[data-confirm] button").text())
			.isEqualTo("Abandonner ces modifications");
		assertThat(post(item + "/changes/discard", publisher)).hasRedirectedUrl(item)
			.flash()
			.containsEntry("message", "content.changes.discarded");
		Document form = page(item, publisher);
		assertThat(form.select("#title").val()).isEqualTo("Texte stable");
		assertThat(form.select("#pending-title")).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(value = Kind.class, names = { "NEWS", "EPISODE" })
	void publishingADraftChangedSinceItsReviewerOpenedItIsRefusedWithTheDifference(Kind kind) throws Exception {
		AccountPrincipal author = person(kind.writer);
		AccountPrincipal reviewer = person(kind.publisher);
		String item = create(kind, "Relu tel quel", author);
		post(item + "/submit", author);
		String seenVersion = page(item, reviewer).select("#version").val();

		this.mvc.perform(form(kind, item, "Relu tel quel, plus un ajout", author)
			.param("version", page(item, author).select("#version").val())
			.param("slug", "relu-tel-quel"));
		MvcTestResult publishing = this.mvc
			.perform(form(kind, item, "Relu tel quel", reviewer).param("version", seenVersion)
				.param("slug", "relu-tel-quel")
				.param("intent", "PUBLISH"));

		assertThat(publishing).hasStatusOk();
		Document refused = Jsoup.parse(publishing.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(refused.select("main form .alert.error").text()).contains("Quelqu’un a modifié ce contenu",
				"Ce qui a changé depuis que vous l’avez ouvert");
		assertThat(refused.select("main form .alert.error ins").text()).contains("plus un ajout");
		assertThat(page(item, reviewer).select(".meta").text()).as("nothing was published").contains("À relire");
	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void aSaveRefusedOverSomeoneElsesChangeGoesThroughWhenSentAgainFromTheFormItCameBackWith(Kind kind)
			throws Exception {
		AccountPrincipal writer = person(kind.publisher);
		AccountPrincipal other = person(kind.publisher);
		String item = create(kind, "Premier titre", writer);
		String openedOn = page(item, writer).select("#version").val();
		assertThat(this.mvc.perform(form(kind, item, "Le titre de l’autre", other).param("version", openedOn)
			.param("slug", "premier-titre"))).hasRedirectedUrl(item);

		MvcTestResult refused = this.mvc
			.perform(form(kind, item, "Mon titre", writer).param("version", openedOn).param("slug", "premier-titre"));

		assertThat(refused).hasStatusOk();
		Document returned = Jsoup.parse(refused.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(returned.select("main form .alert.error").text()).contains("Quelqu’un a modifié ce contenu");
		assertThat(returned.select("#title").val()).isEqualTo("Mon titre");
		assertThat(returned.select("#version").val()).isNotEqualTo(openedOn);
		MvcTestResult sentAgain = this.mvc
			.perform(form(kind, item, "Mon titre", writer).param("version", returned.select("#version").val())
				.param("slug", "premier-titre"));
		assertThat(sentAgain).hasRedirectedUrl(item);
		assertThat(page(item, writer).select("#title").val()).isEqualTo("Mon titre");
	}

	/** The address of an item on the public site, from the link its form gives. */
	@ParameterizedTest
	@EnumSource(Kind.class)
	void everyKindsListHasTheSameColumnsAndFindsItemsByTitleLanguageAndStage(Kind kind) throws Exception {
		AccountPrincipal publisher = person(kind.publisher);
		String unique = "Liste-" + UUID.randomUUID().toString().substring(0, 8);
		String kept = create(kind, unique + " gardée", publisher);
		this.episodeNumber = "8";
		String trashed = create(kind, unique + " jetée", publisher);
		assertThat(post(trashed + "/trash", publisher)).hasStatus3xxRedirection();

		Document list = page(kind.path + "?q=" + unique, publisher);
		List<String> heads = list.select("table th").eachText();
		assertThat(heads).as("the columns every kind's list shows, the kind's own after the title")
			.startsWith("Titre")
			.endsWith("Langue", "État", "Auteur ou autrice", "Traductions", "Dernière modification");
		assertThat(list.select("tbody tr a[href=" + kept + "]").eachText()).containsExactly(unique + " gardée");
		assertThat(list.select("tbody tr a[href=" + trashed + "]")).as("the trash is aside").isEmpty();
		assertThat(list.select("a.button[href=" + kind.path + "?stage=TRASHED]")).as("a way to the trash").hasSize(1);

		Document trash = page(kind.path + "?stage=TRASHED&q=" + unique, publisher);
		assertThat(trash.select("tbody tr a[href^=" + kind.path + "/]").eachText()).containsExactly(unique + " jetée");
		assertThat(trash.select("button").eachText()).contains("Vider la corbeille");

		Document otherLanguage = page(kind.path + "?language=NL&q=" + unique, publisher);
		assertThat(otherLanguage.select("tbody tr")).as("no item in Dutch").isEmpty();
		assertThat(otherLanguage.select("#language-filter option[selected]").eachAttr("value")).containsExactly("NL");
		assertThat(otherLanguage.select("#q").attr("value")).isEqualTo(unique);
	}

	private String liveAddress(String item, AccountPrincipal who) throws Exception {
		return page(item, who).select("main a")
			.stream()
			.filter((link) -> link.text().equals("Voir sur le site"))
			.findFirst()
			.orElseThrow()
			.attr("href");
	}

	/** An item its writer wrote and submitted, and its reviewer published. */
	private String publishedThroughReview(Kind kind, String title, AccountPrincipal writer, AccountPrincipal reviewer)
			throws Exception {
		String item = create(kind, title, writer);
		post(item + "/submit", writer);
		post(item + "/publish", reviewer);
		return item;
	}

	private Document page(String path, AccountPrincipal who) throws Exception {
		return Jsoup.parse(this.mvc.get()
			.uri(path)
			.with(user(who))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	/** An item's form filled with a title and what its kind needs, sent by someone. */
	private MockMultipartHttpServletRequestBuilder form(Kind kind, String path, String title, AccountPrincipal who) {
		MockMultipartHttpServletRequestBuilder form = MockMvcRequestBuilders.multipart(path);
		form.param("title", title).with(user(who)).with(csrf());
		kind.fields.forEach(form::param);
		if (kind == Kind.EPISODE) {
			if (this.series == null) {
				this.series = PodcastBuilders.series().build();
				this.entities.persist(this.series);
				this.entities.flush();
			}
			form.param("seriesId", String.valueOf(this.series.getId()));
			form.param("number", this.episodeNumber);
		}
		if (kind == Kind.SERIES) {
			// Podcast apps want square artwork of at least 1,400 pixels before a series
			// goes out.
			form.file(new MockMultipartFile("coverUpload", "artwork.jpg", "image/jpeg", TestMedia.jpeg(1400, 1400)));
		}
		return form;
	}

	/** Creates an item through its form and gives its back-office address. */
	private String create(Kind kind, String title, AccountPrincipal writer) {
		MvcTestResult created = this.mvc.perform(form(kind, kind.path + "/new", title, writer));
		assertThat(created).as("the new " + kind + " is saved").hasStatus3xxRedirection();
		String location = created.getResponse().getRedirectedUrl();
		assertThat(location).matches(Pattern.quote(kind.path) + "/\\d+");
		return location;
	}

	private MvcTestResult post(String path, AccountPrincipal who) {
		return this.mvc.post().uri(path).with(user(who)).with(csrf()).exchange();
	}

	private AccountPrincipal person(Role role) {
		return TestAccounts.principal(this.accounts.saveAndFlush(TestAccounts.account(role, this.encoder)));
	}

}
