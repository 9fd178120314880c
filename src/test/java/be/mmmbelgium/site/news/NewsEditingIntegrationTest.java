package be.mmmbelgium.site.news;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import be.mmmbelgium.site.account.Account;
import be.mmmbelgium.site.account.AccountPrincipal;
import be.mmmbelgium.site.account.AccountRepository;
import be.mmmbelgium.site.account.Role;
import be.mmmbelgium.site.account.TestAccounts;
import be.mmmbelgium.site.test.Html;
import be.mmmbelgium.site.test.SiteIntegrationTest;
import be.mmmbelgium.site.web.Language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Writing news in the back-office: drafts by contributors, publication by editors, and
 * nothing lost when two people save the same post.
 */
@SiteIntegrationTest
class NewsEditingIntegrationTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	NewsPostRepository posts;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	NewsEditor editor;

	@Autowired
	TagRepository tags;

	@Test
	void aContributorWritesADraftWhoseSlugComesFromTheTitle() {
		AccountPrincipal contributor = person(Role.CONTRIBUTOR);

		MvcTestResult created = this.mvc.post()
			.uri("/admin/news/new")
			.param("language", "FR")
			.param("title", "Une mère presque parfaite")
			.param("excerpt", "En bref.")
			.param("body", "Du **texte**.")
			.with(user(contributor))
			.with(csrf())
			.exchange();

		NewsPost post = this.posts.findAll()
			.stream()
			.filter((p) -> p.getSlug().equals("une-mere-presque-parfaite"))
			.findFirst()
			.orElseThrow();
		assertThat(created).hasRedirectedUrl("/admin/news/" + post.getId());
		assertThat(post.getStatus().name()).isEqualTo("DRAFT");
		assertThat(post.getAuthorId()).isEqualTo(contributor.id());
		assertThat(post.getBody().getHtml()).contains("<strong>texte</strong>");
		assertThat(this.mvc.get().uri("/fr/actualites/une-mere-presque-parfaite")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aSlugTakenInTheSameLanguageIsRefusedWithAClearMessage() {
		AccountPrincipal editor = person(Role.EDITOR);
		this.posts.save(NewsPostBuilder.post().slug("lancement").build());

		assertThat(this.mvc.post()
			.uri("/admin/news/new")
			.param("language", "FR")
			.param("title", "Lancement")
			.with(user(editor))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("Un autre contenu de cette langue utilise déjà cette adresse");
		assertThat(this.mvc.post()
			.uri("/admin/news/new")
			.param("language", "NL")
			.param("title", "Lancement")
			.with(user(editor))
			.with(csrf())).hasStatus3xxRedirection();
	}

	@Test
	void aSaveOverSomeoneElsesChangeIsRefusedAndKeepsTheText() {
		AccountPrincipal editor = person(Role.EDITOR);
		NewsPost post = this.posts
			.saveAndFlush(NewsPostBuilder.post().title("Titre").body("Version A").draft().build());
		long openedOn = post.getVersion();
		save(post, openedOn, "Titre", "Version B", editor);

		MvcTestResult stale = save(post, openedOn, "Titre", "Mon texte d’une heure", editor);

		assertThat(stale).hasStatusOk()
			.bodyText()
			.contains("Quelqu’un a modifié ce contenu", "Mon texte d", "une heure</textarea>", "Version B");
		assertThat(this.posts.findById(post.getId()).orElseThrow().getBody().getMarkdown()).isEqualTo("Version B");
	}

	@Test
	void aContributorMayNotTouchSomeoneElsesPostNorPublish() {
		AccountPrincipal contributor = person(Role.CONTRIBUTOR);
		NewsPost other = this.posts.saveAndFlush(NewsPostBuilder.post().draft().build());

		assertThat(save(other, other.getVersion(), "Changé", "Changé", contributor)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(
				this.mvc.post().uri("/admin/news/" + other.getId() + "/publish").with(user(contributor)).with(csrf()))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void anEditorSchedulesAPostThatAppearsAtItsTimeAndARenamedPostKeepsItsOldAddress() {
		AccountPrincipal editor = person(Role.EDITOR);
		NewsPost post = this.posts.saveAndFlush(NewsPostBuilder.post().slug("ancien").title("Ancien").draft().build());

		assertThat(this.mvc.post()
			.uri("/admin/news/" + post.getId() + "/publish")
			.param("publishAt", "2026-11-24T10:00")
			.with(user(editor))
			.with(csrf())).hasRedirectedUrl("/admin/news/" + post.getId());
		NewsPost published = this.posts.findById(post.getId()).orElseThrow();
		assertThat(published.getPublishedAt()).isEqualTo(Instant.parse("2026-11-24T09:00:00Z"));
		assertThat(this.mvc.get().uri("/fr/actualites/ancien")).hasStatusOk();

		MvcTestResult renamed = this.mvc.post()
			.uri("/admin/news/" + post.getId())
			.param("language", "FR")
			.param("title", "Nouveau titre")
			.param("slug", "")
			.param("body", "Texte")
			.param("version", String.valueOf(published.getVersion()))
			.param("intent", "PUBLISH")
			.with(user(editor))
			.with(csrf())
			.exchange();
		assertThat(renamed).hasStatus3xxRedirection();
		assertThat(this.mvc.get().uri("/fr/actualites/ancien")).hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.hasRedirectedUrl("/fr/actualites/nouveau-titre");

		this.mvc.post()
			.uri("/admin/news/" + post.getId() + "/publish")
			.param("publishAt", "2026-12-24T10:00")
			.with(user(editor))
			.with(csrf())
			.exchange();
		assertThat(this.mvc.get().uri("/fr/actualites/nouveau-titre")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aDraftIsPreviewedAsThePublicWillSeeItInItsOwnLanguage() {
		AccountPrincipal editor = person(Role.EDITOR);
		NewsPost draft = this.posts.saveAndFlush(NewsPostBuilder.post()
			.in(Language.NL)
			.slug("ontwerp")
			.title("Een ontwerp")
			.body("Met **tekst**.")
			.draft()
			.build());

		MvcTestResult preview = this.mvc.get()
			.uri("/admin/news/" + draft.getId() + "/preview")
			.with(user(editor))
			.exchange();

		assertThat(preview).hasStatusOk()
			.hasViewName("news/post")
			.hasHeader("X-Robots-Tag", "noindex, nofollow")
			.bodyText()
			.contains("<html lang=\"nl\"", "<h1>Een ontwerp</h1>", "<strong>tekst</strong>", ">Nieuws<", "Voorbeeld",
					"href=\"/admin/news/" + draft.getId() + "\">Terug naar het formulier</a>");
		assertThat(this.mvc.get().uri("/nl/nieuws/ontwerp")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/admin/news/" + draft.getId() + "/preview")).hasStatus3xxRedirection();
	}

	@Test
	void aTrashedPostIsGoneFromTheSiteUntilRestoredAndStaysGoneOnceTheTrashIsEmptied() {
		AccountPrincipal editor = person(Role.EDITOR);
		NewsPost post = this.posts.saveAndFlush(NewsPostBuilder.post().slug("a-retirer").title("À retirer").build());
		assertThat(this.mvc.get().uri("/fr/actualites/a-retirer")).hasStatusOk();

		this.mvc.post().uri("/admin/news/" + post.getId() + "/trash").with(user(editor)).with(csrf()).exchange();
		assertThat(this.mvc.get().uri("/fr/actualites/a-retirer")).hasStatus(HttpStatus.GONE);
		assertThat(this.mvc.get().uri("/admin/news").with(user(editor))).bodyText().doesNotContain("À retirer");
		assertThat(this.mvc.get().uri("/admin/news?stage=TRASHED").with(user(editor))).bodyText().contains("À retirer");

		this.mvc.post().uri("/admin/news/" + post.getId() + "/restore").with(user(editor)).with(csrf()).exchange();
		assertThat(this.posts.findById(post.getId()).orElseThrow().getStatus().name()).isEqualTo("DRAFT");
		assertThat(this.mvc.get().uri("/fr/actualites/a-retirer")).hasStatus(HttpStatus.NOT_FOUND);

		this.mvc.post().uri("/admin/news/" + post.getId() + "/trash").with(user(editor)).with(csrf()).exchange();
		assertThat(this.mvc.post().uri("/admin/news/trash/empty").with(user(editor)).with(csrf()))
			.hasRedirectedUrl("/admin/news?stage=TRASHED");
		assertThat(this.posts.findById(post.getId())).isEmpty();
		assertThat(this.mvc.get().uri("/fr/actualites/a-retirer")).hasStatus(HttpStatus.GONE);
		assertThat(this.mvc.get().uri("/fr/actualites/jamais-existe")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void everySaveKeepsARevisionThatCanBeComparedAndRestored() {
		AccountPrincipal contributor = person(Role.CONTRIBUTOR);
		this.mvc.post()
			.uri("/admin/news/new")
			.param("language", "FR")
			.param("title", "Premier jet")
			.param("body", "Ligne un\nLigne deux")
			.with(user(contributor))
			.with(csrf())
			.exchange();
		NewsPost post = this.posts.findAll()
			.stream()
			.filter((p) -> p.getSlug().equals("premier-jet"))
			.findFirst()
			.orElseThrow();
		save(post, post.getVersion(), "Premier jet", "Ligne un\nLigne trois", contributor);

		var history = this.editor.history(post.getId());
		assertThat(history).hasSize(2);
		assertThat(history.get(0).getAuthorEmail()).isEqualTo(contributor.email());

		MvcTestResult compared = this.mvc.get()
			.uri("/admin/news/" + post.getId() + "/history?from=" + history.get(1).getId() + "&to="
					+ history.get(0).getId())
			.with(user(contributor))
			.exchange();
		assertThat(compared).hasStatusOk();
		assertThat(Html.parse(compared).select(".diff-passage del").text()).endsWith("deux");
		assertThat(Html.parse(compared).select(".diff-passage ins").text()).endsWith("trois");
		assertThat(Html.parse(compared).select("tbody th[scope=row]").eachText()).containsExactly("1", "0");

		assertThat(this.mvc.post()
			.uri("/admin/news/" + post.getId() + "/history/" + history.get(1).getId() + "/restore")
			.with(user(contributor))
			.with(csrf())).hasRedirectedUrl("/admin/news/" + post.getId());
		assertThat(this.posts.findById(post.getId()).orElseThrow().getBody().getMarkdown())
			.isEqualTo("Ligne un\nLigne deux");
		assertThat(this.editor.history(post.getId())).hasSize(3);
	}

	@Test
	void aTranslationStartsFromTheSourceAndIsFlaggedWhenTheSourceChanges() throws Exception {
		AccountPrincipal editor = person(Role.EDITOR);
		this.mvc.post()
			.uri("/admin/news/new")
			.param("language", "FR")
			.param("title", "Lancement du podcast")
			.param("body", "Premier paragraphe.")
			.with(user(editor))
			.with(csrf())
			.exchange();
		NewsPost source = this.posts.findAll()
			.stream()
			.filter((p) -> p.getSlug().equals("lancement-du-podcast"))
			.findFirst()
			.orElseThrow();

		MvcTestResult translated = this.mvc.post()
			.uri("/admin/news/" + source.getId() + "/translate")
			.param("language", "NL")
			.with(user(editor))
			.with(csrf())
			.exchange();
		NewsPost dutch = this.editor.translations(source).get(0);
		assertThat(translated).hasRedirectedUrl("/admin/news/" + dutch.getId());
		assertThat(dutch.getLanguage()).isEqualTo(Language.NL);
		assertThat(dutch.getBody().getMarkdown()).isEqualTo("Premier paragraphe.");
		assertThat(dutch.getStatus().name()).isEqualTo("DRAFT");
		assertThat(this.editor.sourceChanges(dutch)).isEmpty();
		assertThat(this.mvc.post()
			.uri("/admin/news/" + source.getId() + "/translate")
			.param("language", "FR")
			.with(user(editor))
			.with(csrf())).hasRedirectedUrl("/admin/news/" + source.getId());
		assertThat(this.mvc.post()
			.uri("/admin/news/" + source.getId() + "/translate")
			.param("language", "NL")
			.with(user(editor))
			.with(csrf())).hasRedirectedUrl("/admin/news/" + dutch.getId());

		save(source, source.getVersion(), "Lancement du podcast", "Premier paragraphe.\nUn ajout.", editor);

		NewsPost refreshed = this.posts.findById(dutch.getId()).orElseThrow();
		assertThat(this.editor.outOfDate(List.of(refreshed))).containsExactly(dutch.getId());
		assertThat(this.mvc.get().uri("/admin/news/" + dutch.getId()).with(user(editor))).bodyText()
			.contains("Traduction à mettre à jour", "Un ajout.");
		assertThat(this.mvc.get().uri("/admin/news?language=NL").with(user(editor))).bodyText()
			.contains("Traduction à mettre à jour");

		this.mvc.post().uri("/admin/news/" + dutch.getId() + "/up-to-date").with(user(editor)).with(csrf()).exchange();
		assertThat(this.editor.sourceChanges(this.posts.findById(dutch.getId()).orElseThrow())).isEmpty();
	}

	@Test
	void subjectsArePickedOrCreatedAndLeadToTheirPage() {
		AccountPrincipal editor = person(Role.EDITOR);
		this.tags.save(new Tag(UUID.randomUUID(), Language.FR, "sante", "Santé"));

		this.mvc.post()
			.uri("/admin/news/new")
			.param("language", "FR")
			.param("title", "Avec sujets")
			.param("tags", "santé, Nouveau sujet, , Santé")
			.param("body", "Texte")
			.with(user(editor))
			.with(csrf())
			.exchange();
		NewsPost post = this.posts.findAll()
			.stream()
			.filter((p) -> p.getSlug().equals("avec-sujets"))
			.findFirst()
			.orElseThrow();

		assertThat(post.getTags()).extracting(Tag::getSlug).containsExactlyInAnyOrder("sante", "nouveau-sujet");
		this.mvc.post()
			.uri("/admin/news/" + post.getId() + "/publish")
			.param("publishAt", "2026-11-24T10:00")
			.with(user(editor))
			.with(csrf())
			.exchange();
		assertThat(this.mvc.get().uri("/fr/actualites/sujet/nouveau-sujet")).hasStatusOk()
			.bodyText()
			.contains("Avec sujets");
		assertThat(Html.parse(this.mvc.get().uri("/admin/news/" + post.getId()).with(user(editor)).exchange())
			.select("#tags")
			.attr("value")).isEqualTo("Nouveau sujet, Santé");
	}

	@Test
	void theListFindsPostsByTitleAndLanguage() {
		AccountPrincipal editor = person(Role.EDITOR);
		this.posts.save(NewsPostBuilder.post().title("Congé parental").build());
		this.posts.save(NewsPostBuilder.post().in(Language.NL).title("Ouderschapsverlof").build());

		assertThat(this.mvc.get().uri("/admin/news?q=congé").with(user(editor))).hasStatusOk()
			.bodyText()
			.contains("Congé parental")
			.doesNotContain("Ouderschapsverlof");
		assertThat(this.mvc.get().uri("/admin/news?language=NL").with(user(editor))).bodyText()
			.contains("Ouderschapsverlof")
			.doesNotContain("Congé parental");
		assertThat(this.mvc.get().uri("/admin/news?q=100%25_").with(user(editor))).hasStatusOk();
	}

	private MvcTestResult save(NewsPost post, long version, String title, String body, AccountPrincipal who) {
		return this.mvc.post()
			.uri("/admin/news/" + post.getId())
			.param("language", post.getLanguage().name())
			.param("title", title)
			.param("slug", post.getSlug())
			.param("body", body)
			.param("version", String.valueOf(version))
			.with(user(who))
			.with(csrf())
			.exchange();
	}

	private AccountPrincipal person(Role role) {
		Account account = this.accounts.saveAndFlush(TestAccounts.account(role, this.encoder));
		return TestAccounts.principal(account);
	}

}
