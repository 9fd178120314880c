package be.mmmbelgium.site.wordpress;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import be.mmmbelgium.site.account.Account;
import be.mmmbelgium.site.account.AccountRepository;
import be.mmmbelgium.site.account.Role;
import be.mmmbelgium.site.account.TestAccounts;
import be.mmmbelgium.site.audit.AuditKind;
import be.mmmbelgium.site.audit.AuditLog;
import be.mmmbelgium.site.content.Status;
import be.mmmbelgium.site.media.MediaFile;
import be.mmmbelgium.site.news.NewsPost;
import be.mmmbelgium.site.news.NewsPostRepository;
import be.mmmbelgium.site.news.Tag;
import be.mmmbelgium.site.page.Page;
import be.mmmbelgium.site.page.PageRepository;
import be.mmmbelgium.site.test.SiteIntegrationTest;
import be.mmmbelgium.site.test.TestMedia;
import be.mmmbelgium.site.web.Language;
import be.mmmbelgium.site.wordpress.ImportReport.Outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A WordPress export with Polylang (src/test/resources/wordpress/polylang-export.xml),
 * imported on PostgreSQL with a copy of its uploads: what becomes of every item, and
 * every old address answering.
 */
@SiteIntegrationTest
@RecordApplicationEvents
class WordPressImportIntegrationTest {

	private static final AuditLog.Actor ADMIN = new AuditLog.Actor(null, "admin@mmm-belgium.example");

	@Autowired
	WordPressImport importer;

	@Autowired
	NewsPostRepository posts;

	@Autowired
	PageRepository pages;

	@Autowired
	ImportedItemRepository imported;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationEvents events;

	@Autowired
	MessageSource messages;

	@TempDir
	Path work;

	Path export;

	ImportOptions options;

	@BeforeEach
	void anExportAndACopyOfItsUploads() throws IOException {
		this.export = this.work.resolve("export.xml");
		Files.write(this.export, new ClassPathResource("wordpress/polylang-export.xml").getContentAsByteArray());
		Path uploads = Files.createDirectories(this.work.resolve("uploads/2019/05"));
		Files.write(uploads.resolve("photo-de-groupe.png"), TestMedia.png(640, 480));
		Files.write(uploads.resolve("analyse-conge-parental.pdf"), TestMedia.pdf());
		this.options = new ImportOptions(Language.FR, this.work.resolve("uploads").toString(),
				ImportOptions.DEFAULT_IGNORED);
	}

	@Test
	void everyItemOfTheExportIsReportedWithWhatBecameOfIt() {
		ImportReport report = this.importer.run(this.export, this.options, ADMIN, ImportProgress.NONE);

		Map<Long, Outcome> outcomes = report.getLines()
			.stream()
			.collect(Collectors.toMap(ImportReport.Line::wordpressId, ImportReport.Line::outcome));
		assertThat(outcomes).containsEntry(20L, Outcome.CREATED)
			.containsEntry(21L, Outcome.CREATED)
			.containsEntry(22L, Outcome.CREATED)
			.containsEntry(23L, Outcome.SKIPPED)
			.containsEntry(30L, Outcome.CREATED)
			.containsEntry(31L, Outcome.CREATED)
			.containsEntry(32L, Outcome.CREATED)
			.containsEntry(33L, Outcome.CREATED)
			.containsEntry(34L, Outcome.SKIPPED)
			.containsEntry(35L, Outcome.CREATED);
		assertThat(report.isComplete()).isTrue();
		assertThat(report.getFiles()).isEqualTo(2);
		assertThat(report.getComments()).isEqualTo(2);
		assertThat(line(report, 23).details()).containsExactly(Note.of("import.detail.language", "de"));
		assertThat(report.getNotes()).contains(Note.of("import.note.otherType", 1, "nav_menu_item"));
		assertThat(report.getAuthors()).containsKeys("board", "benevole");
		assertThat(this.events.stream(WordPressImported.class)).singleElement()
			.satisfies((event) -> assertThat(event.detail()).contains("8 created"));
		assertThat(new WordPressImported(ADMIN, "", "").auditKind()).isEqualTo(AuditKind.WORDPRESS_IMPORTED);
	}

	@Test
	void postsKeepTheirDatesStatusesSubjectsPicturesAndDocuments() {
		this.importer.run(this.export, this.options, ADMIN, ImportProgress.NONE);

		NewsPost french = post(30);
		assertThat(french.getLanguage()).isEqualTo(Language.FR);
		assertThat(french.getSlug()).isEqualTo("conge-parental-ce-qui-change");
		assertThat(french.getStatus()).isEqualTo(Status.PUBLISHED);
		assertThat(french.getPublishedAt()).isEqualTo(Instant.parse("2019-05-03T08:00:00Z"));
		assertThat(french.getExcerpt()).isEqualTo("Ce qui change au 1er juin");
		assertThat(french.getTags()).extracting(Tag::getName).containsExactlyInAnyOrder("Santé", "Congé parental");
		MediaFile cover = french.getCover();
		assertThat(cover).isNotNull();
		assertThat(cover.getWidth()).isEqualTo(640);
		assertThat(french.getCoverAlt()).isEqualTo("Une vingtaine de mères devant le Parlement");
		assertThat(french.getCoverCaption()).isEqualTo("Des mères réunies à Bruxelles");
		assertThat(french.getAttachments()).singleElement()
			.satisfies((attachment) -> assertThat(attachment.getFile().getMediaType()).isEqualTo("application/pdf"));

		String markdown = french.getBody().getMarkdown();
		assertThat(markdown).contains("![Des mères devant le Parlement](/media/" + cover.getStorageKey() + ")")
			.as("a resized copy is the same picture")
			.contains("[notre mission](/fr/notre-mission)")
			.contains("(/media/" + french.getAttachments().get(0).getFile().getStorageKey() + ")")
			.contains("https://www.youtube.com/watch?v=abcDEF12345")
			.contains("| 3 mois | 4 mois |")
			.containsPattern("savoir\\.\\n\\n!\\[")
			.doesNotContain("wp:", "script", "alert", "tracker", "old.mmm-belgium.example");
		assertThat(french.getBody().getHtml()).doesNotContain("<iframe", "<script", "tracker");

		NewsPost dutch = post(31);
		assertThat(dutch.getLanguage()).isEqualTo(Language.NL);
		assertThat(dutch.getTranslationGroup()).isEqualTo(french.getTranslationGroup());
		assertThat(dutch.getSourceId()).as("translates the French post").isEqualTo(french.getId());
		assertThat(dutch.getBody().getMarkdown()).contains("Het ouderschapsverlof verandert op 1 juni.")
			.contains("*Moeders in Brussel*")
			.contains("![Moeders voor het Parlement](/media/" + cover.getStorageKey() + ")")
			.doesNotContain("contact-form", "[caption");
		assertThat(dutch.getBody().getHtml()).as("a line break of the classic editor stays a break")
			.contains("<p>Het ouderschapsverlof verandert op 1 juni.<br>\nDit moet u weten.</p>");
		assertThat(dutch.getTags()).extracting(Tag::getName).containsExactly("Gezondheid");
		Tag health = french.getTags().stream().filter((tag) -> tag.getSlug().equals("sante")).findFirst().orElseThrow();
		assertThat(dutch.getTags().iterator().next().getTranslationGroup())
			.as("Polylang's translated categories are one subject in two languages")
			.isEqualTo(health.getTranslationGroup());

		assertThat(post(32).getStatus()).isEqualTo(Status.DRAFT);
		assertThat(post(32).getTitle()).isEqualTo("Brouillon d’article");
		assertThat(post(33).getPublishedAt()).as("scheduled").isEqualTo(Instant.parse("2027-05-09T08:00:00Z"));
		assertThat(post(35).getStatus()).as("private on WordPress").isEqualTo(Status.DRAFT);
		assertThat(this.imported.findBySiteAndWordpressId(site(), 34)).as("in the trash").isEmpty();
	}

	@Test
	void pagesKeepTheirTreeAndTranslations() {
		this.importer.run(this.export, this.options, ADMIN, ImportProgress.NONE);

		Page about = page(20);
		Page mission = page(21);
		Page dutch = page(22);
		assertThat(mission.getParent()).isEqualTo(about);
		assertThat(mission.getMenuOrder()).isEqualTo(2);
		assertThat(mission.getSummary()).isEqualTo("La mission de l’association");
		assertThat(mission.getBody().getHtml()).contains("<p>Ce travail mérite")
			.contains("href=\"/fr/actualites/conge-parental-ce-qui-change\"");
		assertThat(dutch.getSourceId()).isEqualTo(about.getId());
		assertThat(about.getSlug()).isEqualTo("qui-sommes-nous");
	}

	@Test
	void everyOldAddressOfAPublishedItemLeadsToAPageThatAnswers() throws IOException {
		this.importer.run(this.export, this.options, ADMIN, ImportProgress.NONE);

		List<String> oldAddresses = List.of("/qui-sommes-nous/", "/qui-sommes-nous/notre-mission/", "/nl/wie-zijn-wij/",
				"/2019/05/conge-parental-ce-qui-change/", "/nl/2019/05/ouderschapsverlof-wat-verandert-er/", "/?p=30",
				"/?page_id=21", "/2019/05/conge-parental-ce-qui-change/photo-de-groupe/", "/category/sante/",
				"/nl/category/gezondheid/", "/tag/conge-parental/", "/wp-content/uploads/2019/05/photo-de-groupe.png",
				"/wp-content/uploads/2019/05/photo-de-groupe-300x225.png");
		for (String old : oldAddresses) {
			MvcTestResult moved = this.mvc.get().uri(old).exchange();
			assertThat(moved).as(old).hasStatus(301);
			String location = moved.getResponse().getHeader(HttpHeaders.LOCATION);
			assertThat(location).as(old).isNotNull().doesNotContain("old.mmm-belgium.example");
			MvcTestResult target = this.mvc.get().uri(location).exchange();
			assertThat(target).as(old + " -> " + location).hasStatus(200);
		}
		assertThat(this.mvc.get().uri("/?p=34").exchange()).as("in the trash: not redirected").hasStatus(302);
	}

	@Test
	void runningTheSameImportAgainMakesNothingTwiceAndUpdatesOnlyDrafts() {
		this.importer.run(this.export, this.options, ADMIN, ImportProgress.NONE);
		long posts = this.posts.count();
		long pages = this.pages.count();

		ImportReport again = this.importer.run(this.export, this.options, ADMIN, ImportProgress.NONE);

		assertThat(this.posts.count()).isEqualTo(posts);
		assertThat(this.pages.count()).isEqualTo(pages);
		assertThat(again.count(Outcome.CREATED)).isZero();
		assertThat(line(again, 32).outcome()).isEqualTo(Outcome.UPDATED);
		assertThat(line(again, 30).outcome()).isEqualTo(Outcome.KEPT);
		assertThat(again.getFiles()).as("files known by their attachment are not fetched again").isZero();
		assertThat(again.getRedirectsAdded()).isZero();
	}

	@Test
	void aDryRunTellsWhatWouldBeDoneAndChangesNothing() {
		long posts = this.posts.count();

		ImportReport report = this.importer.dryRun(this.export, this.options, ADMIN);

		assertThat(report.isDryRun()).isTrue();
		assertThat(report.count(Outcome.CREATED)).isEqualTo(8);
		assertThat(report.getRedirectsAdded()).isPositive();
		assertThat(this.posts.count()).isEqualTo(posts);
		assertThat(this.imported.count()).isZero();
		assertThat(this.events.stream(WordPressImported.class)).isEmpty();
	}

	@Test
	void theCommandLineImportsPrintsTheReportAndEndsWithItsStatus() {
		MockEnvironment environment = new MockEnvironment()
			.withProperty(WordPressImportCommand.EXPORT, this.export.toString())
			.withProperty("mmm.import.uploads", this.work.resolve("uploads").toString());
		WordPressImportCommand command = new WordPressImportCommand(this.importer, environment, this.messages);

		command.run(null);

		assertThat(command.getExitCode()).isZero();
		assertThat(post(30).getStatus()).isEqualTo(Status.PUBLISHED);

		WordPressImportCommand broken = new WordPressImportCommand(this.importer,
				new MockEnvironment().withProperty(WordPressImportCommand.EXPORT,
						this.work.resolve("uploads/2019/05/analyse-conge-parental.pdf").toString()),
				this.messages);
		broken.run(null);
		assertThat(broken.getExitCode()).as("not an export").isEqualTo(2);
	}

	@Test
	void anItemInALanguageNotServedIsReportedAndFilesOfOtherHostsAreNeverFetched() throws IOException {
		String other = Files.readString(this.export)
			.replace("https://old.mmm-belgium.example/wp-content/uploads/2019/05/photo-de-groupe.png",
					"https://elsewhere.example/wp-content/uploads/2019/05/photo-de-groupe.png");
		Files.writeString(this.export, other);

		ImportReport report = this.importer.run(this.export, new ImportOptions(Language.FR, null, Set.of()), ADMIN,
				ImportProgress.NONE);

		assertThat(post(30).getCover()).as("the featured picture is on another host").isNull();
		assertThat(post(30).getTags()).extracting(Tag::getSlug).contains("uncategorized");
		assertThat(line(report, 23).outcome()).isEqualTo(Outcome.SKIPPED);
	}

	@Test
	void anItemWithATitleLongerThanTheSiteKeepsIsRefusedAloneWithItsReason() throws IOException {
		Files.writeString(this.export, Files.readString(this.export)
			.replace("<![CDATA[Note interne]]>", "<![CDATA[" + "Note ".repeat(60) + "]]>"));

		ImportReport report = this.importer.run(this.export, this.options, ADMIN, ImportProgress.NONE);

		assertThat(line(report, 35).outcome()).isEqualTo(Outcome.REFUSED);
		assertThat(line(report, 35).details()).containsExactly(Note.of("import.refused.title", 299, 200));
		assertThat(this.imported.findBySiteAndWordpressId(site(), 35)).isEmpty();
		assertThat(line(report, 30).outcome()).isEqualTo(Outcome.CREATED);
		assertThat(report.isComplete()).isFalse();
		assertThat(report.printed(this.messages, Locale.ENGLISH))
			.anyMatch((printed) -> printed.startsWith("REFUSED post 35")
					&& printed.endsWith("a title of 299 characters: the site keeps 200 at most"));
	}

	@Test
	void aLaterExportWhoseItemIsOfAnotherKindOrFileMakesItAnewRatherThanReusingWhatWasMade() throws IOException {
		this.importer.run(this.export, this.options, ADMIN, ImportProgress.NONE);
		Path later = this.work.resolve("later.xml");
		Files.writeString(later,
				"""
						<?xml version="1.0" encoding="UTF-8"?>
						<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
						<channel><wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>https://old.mmm-belgium.example</wp:base_site_url>
						<item><title>Photo 1</title><link>https://old.mmm-belgium.example/photo-1/</link><wp:post_id>11</wp:post_id>
						<wp:post_type>attachment</wp:post_type><wp:status>inherit</wp:status><wp:post_parent>20</wp:post_parent>
						<wp:attachment_url>https://old.mmm-belgium.example/wp-content/uploads/2024/03/photo-1.png</wp:attachment_url></item>
						<item><title>Un autre article</title><link>https://old.mmm-belgium.example/2024/03/un-autre-article/</link>
						<content:encoded><![CDATA[<p>Texte.</p>]]></content:encoded><wp:post_id>20</wp:post_id><wp:post_type>post</wp:post_type>
						<wp:status>publish</wp:status><wp:post_date_gmt>2024-03-01 09:00:00</wp:post_date_gmt><wp:post_name>un-autre-article</wp:post_name>
						<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>11</wp:meta_value></wp:postmeta></item>
						</channel></rss>""");
		Files.write(Files.createDirectories(this.work.resolve("uploads/2024/03")).resolve("photo-1.png"),
				TestMedia.png(800, 600));

		ImportReport report = this.importer.run(later, this.options, ADMIN, ImportProgress.NONE);

		assertThat(line(report, 20).outcome()).as("a post where the first export had a page")
			.isEqualTo(Outcome.CREATED);
		NewsPost post = post(20);
		assertThat(post.getSlug()).isEqualTo("un-autre-article");
		assertThat(post.getCover()).isNotNull();
		assertThat(post.getCover().getMediaType()).as("the photo, not the PDF the first export's attachment 11 was")
			.isEqualTo("image/jpeg");
		assertThat(this.mvc.get().uri("/?p=20").exchange()).hasStatus(301)
			.hasRedirectedUrl("/fr/actualites/un-autre-article");
	}

	@Test
	void anAdminSendingAFileThatIsNotAnExportIsToldWhyInTheirLanguage() throws IOException {
		Account account = this.accounts.saveAndFlush(TestAccounts.account(Role.ADMIN, this.encoder));
		MockMultipartFile notAnExport = new MockMultipartFile("export", "notes.xml", "application/xml",
				"<note><to>Board</to></note>".getBytes(StandardCharsets.UTF_8));

		MvcTestResult result = this.mvc.post()
			.uri("/admin/import")
			.multipart()
			.file(notAnExport)
			.param("language", "fr")
			.with(user(TestAccounts.principal(account)))
			.with(csrf())
			.exchange();

		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("Ce fichier est un document XML, mais pas un export WordPress (il commence par &lt;note&gt;).")
			.doesNotContain("The file is XML");
	}

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	private NewsPost post(long wordpressId) {
		return this.posts.findById(targetOf(wordpressId)).orElseThrow();
	}

	private Page page(long wordpressId) {
		return this.pages.findById(targetOf(wordpressId)).orElseThrow();
	}

	private long targetOf(long wordpressId) {
		return this.imported.findBySiteAndWordpressId(site(), wordpressId).orElseThrow().getTargetId();
	}

	private static String site() {
		return "https://old.mmm-belgium.example";
	}

	private static ImportReport.Line line(ImportReport report, long wordpressId) {
		return report.getLines().stream().filter((line) -> line.wordpressId() == wordpressId).findFirst().orElseThrow();
	}

}
