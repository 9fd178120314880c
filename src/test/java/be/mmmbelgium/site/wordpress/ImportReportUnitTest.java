package be.mmmbelgium.site.wordpress;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import be.mmmbelgium.site.wordpress.ImportReport.Line;
import be.mmmbelgium.site.wordpress.ImportReport.Outcome;

import static org.assertj.core.api.Assertions.assertThat;

class ImportReportUnitTest {

	@Test
	void aReportReadBackFromJsonSaysAllItSaid() {
		ImportReport report = new ImportReport(true, "https://old.example");
		report.add(new Line(30, "post", "Congé parental", Outcome.CREATED, List.of(Note.of("import.detail.draft")),
				"/fr/actualites/conge-parental"));
		report.add(new Line(35, "page", "Über uns", Outcome.SKIPPED, List.of(Note.of("import.detail.language", "de")),
				null));
		report.author("marie", Note.of("import.author.matched", "marie@example.org"));
		report.note(Note.of("import.note.otherType", 1, "nav_menu_item"));
		report.file(true);
		report.file(false);
		report.comments(2);
		report.redirects(5, 1, 2);
		JsonMapper json = JsonMapper.builder().build();

		ImportReport read = json.readValue(json.writeValueAsString(report), ImportReport.class);

		assertThat(read).usingRecursiveComparison().isEqualTo(report);
		assertThat(read.summary()).isEqualTo(report.summary());
		assertThat(read.isDryRun()).isTrue();
		assertThat(read.getLines()).hasSize(2);
	}

}
