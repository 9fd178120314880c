package be.mmmbelgium.site.news;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import be.mmmbelgium.site.account.AccountPrincipal;
import be.mmmbelgium.site.account.AccountRepository;
import be.mmmbelgium.site.account.Role;
import be.mmmbelgium.site.account.TestAccounts;
import be.mmmbelgium.site.audit.AuditKind;
import be.mmmbelgium.site.audit.Audited;
import be.mmmbelgium.site.content.MarkdownRenderer;
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
 * The cover and documents of a post, sent with its form or chosen from the media library;
 * a contributor's draft submitted for review; the lists' filters.
 */
@SiteIntegrationTest
@RecordApplicationEvents
class NewsMediaAndReviewIntegrationTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	NewsPostRepository posts;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	MediaLibrary media;

	@Autowired
	TagRepository tags;

	@Autowired
	NewsEditor editorService;

	@Autowired
	MarkdownRenderer markdown;

	@Autowired
	ApplicationEvents events;

	/** What the requests told the audit log, which records it once committed. */
	List<AuditKind> auditedKinds() {
		return this.events.stream(Audited.class).map(Audited::auditKind).toList();
	}

	AccountPrincipal person(Role role) {
		return TestAccounts.principal(this.accounts.saveAndFlush(TestAccounts.account(role, this.encoder)));
	}

	@Test
	void aPostIsWrittenWithAPhotoAndAPdfSentWithTheForm() {
		AccountPrincipal volunteer = person(Role.CONTRIBUTOR);
		MockMultipartFile photo = new MockMultipartFile("coverUpload", "rencontre.jpg", "image/jpeg",
				TestMedia.jpegWithExif(1200, 900, 1));
		MockMultipartFile pdf = new MockMultipartFile("attachmentUpload", "communique.pdf", "application/pdf",
				TestMedia.pdf());

		MvcTestResult created = this.mvc.post()
			.multipart()
			.uri("/admin/news/new")
			.file(photo)
			.file(pdf)
			.param("language", "FR")
			.param("title", "Rencontre des mères")
			.param("body", "Texte.")
			.param("coverAlt", "Des mères autour d’une table")
			.param("newAttachmentTitle", "Le communiqué")
			.with(user(volunteer))
			.with(csrf())
			.exchange();

		NewsPost post = this.posts.findAll()
			.stream()
			.filter((p) -> p.getTitle().equals("Rencontre des mères"))
			.findFirst()
			.orElseThrow();
		assertThat(created).hasRedirectedUrl("/admin/news/" + post.getId());
		assertThat(post.getCover().getMediaType()).isEqualTo("image/jpeg");
		assertThat(post.getCoverAlt()).isEqualTo("Des mères autour d’une table");
		assertThat(post.getAttachments()).singleElement().satisfies((attachment) -> {
			assertThat(attachment.getTitle()).isEqualTo("Le communiqué");
			assertThat(attachment.getFile().getOriginalFilename()).isEqualTo("communique.pdf");
		});
		Document preview = Html
			.parse(this.mvc.get().uri("/admin/news/" + post.getId() + "/preview").with(user(volunteer)).exchange());
		assertThat(preview.select("figure.cover img").attr("srcset"))
			.contains(post.getCover().getStorageKey().replace(".jpg", "-480w.jpg") + " 480w")
			.contains("960w");
		assertThat(preview.select("figure.cover img").attr("width")).isEqualTo("1200");
		assertThat(preview.select(".attachments a").text()).isEqualTo("Le communiqué");
		assertThat(auditedKinds()).contains(AuditKind.MEDIA_UPLOADED, AuditKind.CONTENT_CREATED);
	}

	@Test
	void aRefusedFileKeepsEverythingElseOnTheForm() {
		AccountPrincipal volunteer = person(Role.CONTRIBUTOR);
		MockMultipartFile script = new MockMultipartFile("coverUpload", "photo.jpg", "image/jpeg",
				"#!/bin/sh\necho owned\n".getBytes(StandardCharsets.US_ASCII));

		Document form = Html.parse(this.mvc.post()
			.multipart()
			.uri("/admin/news/new")
			.file(script)
			.param("language", "FR")
			.param("title", "Mon texte d’une heure")
			.param("body", "Tout ce que j’ai écrit.")
			.param("coverAlt", "x")
			.with(user(volunteer))
			.with(csrf())
			.exchange());

		assertThat(form.select("#coverId-error").text()).contains("ni une image");
		assertThat(form.select("#title").val()).isEqualTo("Mon texte d’une heure");
		assertThat(form.select("#body").text()).isEqualTo("Tout ce que j’ai écrit.");
		assertThat(this.posts.findAll()).noneMatch((post) -> post.getTitle().equals("Mon texte d’une heure"));
	}

	@Test
	void aCoverNeedsItsDescriptionAndAFileOfTheLibraryIsReused() {
		AccountPrincipal editor = person(Role.EDITOR);
		MediaFile image = TestMedia.add(this.media, "bibliotheque.png", TestMedia.png(300, 200));

		assertThat(this.mvc.post()
			.uri("/admin/news/new")
			.param("language", "FR")
			.param("title", "Sans description")
			.param("coverId", String.valueOf(image.getId()))
			.with(user(editor))
			.with(csrf())).hasStatusOk().bodyText().contains("Décrivez l’image");
		MediaFile pdf = TestMedia.add(this.media, "rapport.pdf", TestMedia.pdf());
		assertThat(this.mvc.post()
			.uri("/admin/news/new")
			.param("language", "FR")
			.param("title", "Une image")
			.param("coverId", String.valueOf(pdf.getId()))
			.param("coverAlt", "x")
			.with(user(editor))
			.with(csrf())).hasStatusOk().bodyText().contains("pas du type demandé");

		assertThat(this.mvc.post()
			.uri("/admin/news/new")
			.param("language", "FR")
			.param("title", "Avec description")
			.param("coverId", String.valueOf(image.getId()))
			.param("coverAlt", "Un dessin")
			.param("newAttachmentId", String.valueOf(pdf.getId()))
			.with(user(editor))
			.with(csrf())).hasStatus3xxRedirection();
		NewsPost post = this.posts.findAll()
			.stream()
			.filter((p) -> p.getTitle().equals("Avec description"))
			.findFirst()
			.orElseThrow();
		assertThat(post.getCover().getId()).isEqualTo(image.getId());
		assertThat(post.getAttachments()).extracting((a) -> a.getFile().getId()).containsExactly(pdf.getId());
	}

	@Test
	void aFileInUseIsNotDeletedAndAnUnusedOneIs() {
		AccountPrincipal editor = person(Role.EDITOR);
		MediaFile used = TestMedia.add(this.media, "utilise.png", TestMedia.png(30, 20));
		MediaFile linked = TestMedia.add(this.media, "lie.pdf", TestMedia.pdf("/Rotate 90"));
		MediaFile unused = TestMedia.add(this.media, "orphelin.pdf", TestMedia.pdf("/Rotate 180"));
		NewsPost post = NewsPostBuilder.post().title("Avec image").build();
		post.setCover(used, "Une image", null);
		post.setBody(this.markdown.render("[le PDF](/media/" + linked.getStorageKey() + ")"));
		this.posts.saveAndFlush(post);

		for (MediaFile file : new MediaFile[] { used, linked }) {
			assertThat(this.mvc.post().uri("/admin/media/" + file.getId() + "/delete").with(user(editor)).with(csrf()))
				.hasRedirectedUrl("/admin/media/" + file.getId());
			assertThat(this.mvc.get().uri("/admin/media/" + file.getId()).with(user(editor))).bodyText()
				.contains("Avec image");
		}
		assertThat(this.mvc.post().uri("/admin/media/" + unused.getId() + "/delete").with(user(editor)).with(csrf()))
			.hasRedirectedUrl("/admin/media");
		assertThat(this.mvc.get().uri("/media/" + unused.getStorageKey())).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/media/" + used.getStorageKey())).hasStatusOk();
	}

	@Test
	void aContributorSubmitsADraftForReviewAndEditorsFindItInTheList() {
		AccountPrincipal volunteer = person(Role.CONTRIBUTOR);
		AccountPrincipal editor = person(Role.EDITOR);
		NewsPost draft = NewsPostBuilder.post().title("À relire, s’il vous plaît").draft().build();
		draft.setAuthorId(volunteer.id());
		this.posts.saveAndFlush(draft);

		assertThat(this.mvc.post().uri("/admin/news/" + draft.getId() + "/submit").with(user(volunteer)).with(csrf()))
			.hasRedirectedUrl("/admin/news/" + draft.getId());

		assertThat(this.posts.findById(draft.getId()).orElseThrow().isSubmitted()).isTrue();
		assertThat(this.mvc.get().uri("/admin/news?stage=SUBMITTED").with(user(editor))).bodyText()
			.contains("À relire, s’il vous plaît");
		assertThat(this.mvc.get().uri("/admin/news?stage=DRAFT").with(user(editor))).bodyText()
			.doesNotContain("À relire, s’il vous plaît");
		assertThat(this.mvc.post().uri("/admin/news/" + draft.getId() + "/publish").with(user(editor)).with(csrf()))
			.hasStatus3xxRedirection();
		assertThat(this.posts.findById(draft.getId()).orElseThrow().isSubmitted()).isFalse();
		assertThat(auditedKinds()).contains(AuditKind.CONTENT_SUBMITTED, AuditKind.CONTENT_PUBLISHED);
	}

	@Test
	void theListFiltersScheduledPostsAndSubjectsAndShowsTranslations() {
		AccountPrincipal editor = person(Role.EDITOR);
		NewsPost later = NewsPostBuilder.post()
			.title("Plus tard")
			.publishedAt(Instant.parse("2027-01-01T09:00:00Z"))
			.build();
		this.posts.saveAndFlush(later);
		this.posts.saveAndFlush(
				NewsPostBuilder.post().in(Language.NL).translating(later).title("Later").slug("later").draft().build());
		this.posts.saveAndFlush(NewsPostBuilder.post()
			.title("Famille d’abord")
			.slug("famille")
			.tagged(this.tags.save(new Tag(UUID.randomUUID(), Language.FR, "famille", "Famille")))
			.build());
		assertThat(this.mvc.get().uri("/admin/news?tag=famille").with(user(editor))).bodyText()
			.contains("Famille d’abord")
			.doesNotContain("Plus tard");

		Document scheduled = Html
			.parse(this.mvc.get().uri("/admin/news?stage=SCHEDULED").with(user(editor)).exchange());
		assertThat(scheduled.select("tbody tr")).singleElement()
			.satisfies((row) -> assertThat(row.text()).contains("Plus tard").contains("Programmée").contains("NL"));
		assertThat(this.mvc.get().uri("/admin/news?stage=PUBLISHED").with(user(editor))).bodyText()
			.doesNotContain("Plus tard");
	}

	@Test
	void whatTheStageDoesNotAllowIsSaidNotFailed() {
		AccountPrincipal editor = person(Role.EDITOR);
		NewsPost post = this.posts.saveAndFlush(NewsPostBuilder.post().slug("a-la-corbeille").build());
		post.trash();
		this.posts.saveAndFlush(post);

		assertThat(this.mvc.post().uri("/admin/news/" + post.getId() + "/publish").with(user(editor)).with(csrf()))
			.hasRedirectedUrl("/admin/news/" + post.getId())
			.flash()
			.containsEntry("message", "content.notNow");
		assertThat(this.mvc.post().uri("/admin/news/" + post.getId() + "/submit").with(user(editor)).with(csrf()))
			.flash()
			.containsEntry("message", "content.notNow");
		assertThat(this.posts.findById(post.getId()).orElseThrow().getStatus().name()).isEqualTo("TRASHED");
	}

	@Test
	void aTranslationFindsASlugFreeInItsLanguage() {
		AccountPrincipal editor = person(Role.EDITOR);
		NewsPost source = this.posts.saveAndFlush(NewsPostBuilder.post().title("Agenda").slug("agenda").build());
		this.posts.saveAndFlush(NewsPostBuilder.post().in(Language.EN).slug("agenda").build());
		this.posts.saveAndFlush(NewsPostBuilder.post().in(Language.EN).slug("agenda-en").build());

		assertThat(this.mvc.post()
			.uri("/admin/news/" + source.getId() + "/translate")
			.param("language", "EN")
			.with(user(editor))
			.with(csrf())).hasStatus3xxRedirection();

		assertThat(this.posts.findByTranslationGroup(source.getTranslationGroup())).extracting(NewsPost::getSlug)
			.contains("agenda-en-2");
	}

	@Test
	void restoringARevisionBringsBackItsCoverDocumentsAndSubjects() {
		AccountPrincipal editor = person(Role.EDITOR);
		MediaFile photo = TestMedia.add(this.media, "avant.png", TestMedia.png(60, 40));
		MediaFile pdf = TestMedia.add(this.media, "avant.pdf", TestMedia.pdf());
		this.mvc.post()
			.uri("/admin/news/new")
			.param("language", "FR")
			.param("title", "Avec tout")
			.param("body", "A")
			.param("tags", "Santé")
			.param("coverId", String.valueOf(photo.getId()))
			.param("coverAlt", "Une photo")
			.param("newAttachmentId", String.valueOf(pdf.getId()))
			.param("newAttachmentTitle", "Le rapport")
			.with(user(editor))
			.with(csrf())
			.exchange();
		NewsPost post = this.posts.findAll()
			.stream()
			.filter((p) -> p.getSlug().equals("avec-tout"))
			.findFirst()
			.orElseThrow();
		this.mvc.post()
			.uri("/admin/news/" + post.getId())
			.param("language", "FR")
			.param("title", "Avec tout")
			.param("body", "B")
			.param("version", String.valueOf(post.getVersion()))
			.with(user(editor))
			.with(csrf())
			.exchange();
		NewsPost bare = this.posts.findById(post.getId()).orElseThrow();
		assertThat(bare.getCover()).isNull();
		assertThat(bare.getAttachments()).isEmpty();
		long first = this.editorService.history(post.getId()).get(1).getId();

		this.mvc.post()
			.uri("/admin/news/" + post.getId() + "/history/" + first + "/restore")
			.with(user(editor))
			.with(csrf())
			.exchange();

		NewsPost restored = this.posts.findById(post.getId()).orElseThrow();
		assertThat(restored.getBody().getMarkdown()).isEqualTo("A");
		assertThat(restored.getCover().getId()).isEqualTo(photo.getId());
		assertThat(restored.getCoverAlt()).isEqualTo("Une photo");
		assertThat(restored.getAttachments()).extracting((a) -> a.getTitle()).containsExactly("Le rapport");
		assertThat(restored.getTags()).extracting(Tag::getName).containsExactly("Santé");
		Document diff = Html.parse(this.mvc.get()
			.uri("/admin/news/" + post.getId() + "/history?from=" + first + "&to="
					+ this.editorService.history(post.getId()).get(1).getId())
			.with(user(editor))
			.exchange());
		assertThat(diff.select(".diff-passages").text()).contains("cover=" + photo.getId());
	}

}
