package be.mmmbelgium.site.wordpress;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import be.mmmbelgium.site.account.AccountPrincipal;
import be.mmmbelgium.site.account.AccountRepository;
import be.mmmbelgium.site.account.Role;
import be.mmmbelgium.site.account.TestAccounts;
import be.mmmbelgium.site.audit.AuditLog;
import be.mmmbelgium.site.news.NewsPost;
import be.mmmbelgium.site.news.NewsPostRepository;
import be.mmmbelgium.site.test.PostgresTest;
import be.mmmbelgium.site.test.SecondInstance;
import be.mmmbelgium.site.test.TestMedia;
import be.mmmbelgium.site.wordpress.ImportReport.Outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Behind a balancer, an admin's requests reach any instance: the export sent to one is
 * planned there, started through the other, which runs it with the files sent to the
 * first, and followed through either; an import whose instance stopped shows as
 * interrupted.
 */
// Not in a test's transaction, which the other instance would not see; the posts it
// imports go with this context.
@SpringBootTest
@AutoConfigureMockMvc
@PostgresTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class WordPressImportAcrossInstancesIntegrationTest {

	@Autowired
	ImportJobs jobs;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	NewsPostRepository posts;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void anImportPreparedOnOneInstanceIsRunByTheOtherWithItsFilesAndFollowedOnBoth() throws Exception {
		ImportJob planned = this.jobs.prepare(
				new ByteArrayInputStream(
						new ClassPathResource("wordpress/polylang-export.xml").getContentAsByteArray()),
				new ByteArrayInputStream(uploads()), null, ImportOptions.defaults(), AuditLog.Actor.NOBODY);
		UUID id = planned.id();
		assertThat(transientFiles(id)).as("the files sent, where every instance finds them").hasSize(2);

		try (SecondInstance other = SecondInstance.sharing(this.dataSource, Path.of("target/test-media"))) {
			ImportJobs there = other.context().getBean(ImportJobs.class);
			ImportJob seenThere = there.get(id).orElseThrow();
			assertThat(seenThere.getState()).isEqualTo(ImportJob.State.PLANNED);
			assertThat(seenThere.getPlan().getLines()).extracting(ImportReport.Line::title)
				.contains("Congé parental : ce qui change");

			there.start(id, AuditLog.Actor.NOBODY);
			// Asked again through this instance (a second click, a reload): nothing more.
			this.jobs.start(id, AuditLog.Actor.NOBODY);

			ImportJob done = waitUntilOver(id);
			assertThat(done.getState()).isEqualTo(ImportJob.State.DONE);
			ImportReport report = done.getReport();
			assertThat(report).isNotNull();
			assertThat(report.count(Outcome.CREATED)).isEqualTo(planned.getPlan().count(Outcome.CREATED));
			assertThat(report.getFiles()).as("the picture and the PDF, from the zip sent to this instance")
				.isEqualTo(2);
			assertThat(done.getDone()).isEqualTo(done.getTotal()).isPositive();
			assertThat(there.get(id).orElseThrow().getState()).isEqualTo(ImportJob.State.DONE);
		}
		assertThat(this.posts.findAll()).extracting(NewsPost::getSlug).contains("conge-parental-ce-qui-change");
		assertThat(transientFiles(id)).as("the files sent, gone once imported").isEmpty();
	}

	@Test
	void anImportWhoseInstanceStoppedShowsAsInterruptedAndItsFilesAreRemoved() throws IOException {
		UUID id = UUID.randomUUID();
		Path sent = Files.createDirectories(Path.of("target/test-media/transient/wordpress-imports/" + id))
			.resolve("export.xml");
		Files.writeString(sent, "<rss/>");
		Instant longAgo = Instant.now().minus(ImportJobs.INTERRUPTED_AFTER).minusSeconds(60);
		this.jdbc.update(
				"insert into wordpress_import_job (id, state, options, plan, done, total, created_at, updated_at)"
						+ " values (?, 'RUNNING', '{}', ?, 3, 8, ?, ?)",
				id, "{\"dryRun\":true,\"site\":\"https://old.example\"}", Timestamp.from(longAgo),
				Timestamp.from(longAgo));

		assertThat(this.jobs.get(id))
			.hasValueSatisfying((job) -> assertThat(job.getState()).isEqualTo(ImportJob.State.INTERRUPTED));
		AccountPrincipal admin = TestAccounts
			.principal(this.accounts.save(TestAccounts.account(Role.ADMIN, this.encoder)));
		assertThat(this.mvc.get().uri("/admin/import/" + id).with(user(admin))).hasStatusOk()
			.bodyText()
			.contains("L’import s’est interrompu", "Envoyer l’export à nouveau");

		this.jobs.forgetOld();
		assertThat(this.jdbc.queryForObject("select state from wordpress_import_job where id = ?", String.class, id))
			.isEqualTo("INTERRUPTED");
		assertThat(sent).as("the files it was sent").doesNotExist();
		assertThat(this.jobs.get(id))
			.hasValueSatisfying((job) -> assertThat(job.getState()).isEqualTo(ImportJob.State.INTERRUPTED));
	}

	private ImportJob waitUntilOver(UUID id) throws InterruptedException {
		Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
		while (Instant.now().isBefore(giveUp)) {
			Optional<ImportJob> job = this.jobs.get(id);
			if (job.isPresent() && (job.get().getState() == ImportJob.State.DONE
					|| job.get().getState() == ImportJob.State.FAILED)) {
				return job.get();
			}
			Thread.sleep(100);
		}
		throw new AssertionError("The import did not end within a minute: " + this.jobs.get(id));
	}

	private static List<String> transientFiles(UUID id) throws IOException {
		Path folder = Path.of("target/test-media/transient/wordpress-imports/" + id);
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).map(Path::toString).toList();
		}
	}

	private static byte[] uploads() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("wp-content/uploads/2019/05/photo-de-groupe.png"));
			zip.write(TestMedia.png(640, 480));
			zip.putNextEntry(new ZipEntry("wp-content/uploads/2019/05/analyse-conge-parental.pdf"));
			zip.write(TestMedia.pdf());
		}
		return bytes.toByteArray();
	}

}
